package org.misono.modbus;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a server answered: register values, bit values, a confirmed write, or an exception code. An
 * exception response is an outcome like any other, not a Java exception: the link and the device are
 * fine, the device just refused.
 */
public final class ModbusResponse {

    private static final ModbusResponse WRITE_CONFIRMED = new ModbusResponse(null, null, null);

    private final int[] registers;
    private final boolean[] bits;
    private final ExceptionCode exceptionCode;

    private ModbusResponse(int[] registers, boolean[] bits, ExceptionCode exceptionCode) {
        this.registers = registers;
        this.bits = bits;
        this.exceptionCode = exceptionCode;
    }

    /** Registers read by function code 3 or 4, each 0..65535. */
    public static ModbusResponse ofRegisters(int... registers) {
        int[] copy = registers.clone();
        for (int r : copy) {
            Addresses.checkRegisterValue(r);
        }
        return new ModbusResponse(copy, null, null);
    }

    /** Coils or discrete inputs read by function code 1 or 2. */
    public static ModbusResponse ofBits(boolean... bits) {
        return new ModbusResponse(null, bits.clone(), null);
    }

    /** The server carried out a write (function codes 5, 6, 15, 16). */
    public static ModbusResponse writeConfirmed() {
        return WRITE_CONFIRMED;
    }

    public static ModbusResponse exception(ExceptionCode code) {
        return new ModbusResponse(null, null, Objects.requireNonNull(code, "code"));
    }

    public boolean isException() {
        return exceptionCode != null;
    }

    public boolean hasRegisters() {
        return registers != null;
    }

    public boolean hasBits() {
        return bits != null;
    }

    public boolean isWriteConfirmation() {
        return this == WRITE_CONFIRMED;
    }

    /** @throws IllegalStateException if this is not an exception response */
    public ExceptionCode exceptionCode() {
        if (exceptionCode == null) {
            throw new IllegalStateException("not an exception response: " + this);
        }
        return exceptionCode;
    }

    /** @throws IllegalStateException if this response holds no registers, e.g. it is an exception */
    public int[] registers() {
        return requireRegisters().clone();
    }

    public int register(int i) {
        return requireRegisters()[i];
    }

    /** @throws IllegalStateException if this response holds no bits, e.g. it is an exception */
    public boolean[] bits() {
        return requireBits().clone();
    }

    public boolean bit(int i) {
        return requireBits()[i];
    }

    /** Number of registers or bits; 0 for a write confirmation or an exception. */
    public int size() {
        return registers != null ? registers.length : bits != null ? bits.length : 0;
    }

    private int[] requireRegisters() {
        if (registers == null) {
            throw new IllegalStateException("holds no registers: " + this);
        }
        return registers;
    }

    private boolean[] requireBits() {
        if (bits == null) {
            throw new IllegalStateException("holds no bits: " + this);
        }
        return bits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModbusResponse other && Arrays.equals(registers, other.registers)
                && Arrays.equals(bits, other.bits) && exceptionCode == other.exceptionCode;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(registers), Arrays.hashCode(bits), exceptionCode);
    }

    @Override
    public String toString() {
        if (exceptionCode != null) {
            return exceptionCode.toString();
        }
        if (registers != null) {
            return "registers " + Arrays.toString(registers);
        }
        if (bits != null) {
            return "bits " + Arrays.toString(bits);
        }
        return "write confirmed";
    }
}
