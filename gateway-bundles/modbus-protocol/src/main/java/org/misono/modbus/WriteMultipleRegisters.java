package org.misono.modbus;

import java.util.Arrays;

/** Write consecutive holding registers (function code 16), at most {@value Pdu#MAX_WRITE_REGISTERS}. */
public record WriteMultipleRegisters(int address, int[] values) implements ModbusRequest {

    /** @param values each 0..65535 */
    public WriteMultipleRegisters {
        Addresses.checkSpan(address, values.length, Pdu.MAX_WRITE_REGISTERS, "registers written");
        values = values.clone();
        for (int v : values) {
            Addresses.checkRegisterValue(v);
        }
    }

    @Override
    public int[] values() {
        return values.clone();
    }

    /** The value written to the register at {@code address() + i}. */
    public int value(int i) {
        return values[i];
    }

    @Override
    public FunctionCode functionCode() {
        return FunctionCode.WRITE_MULTIPLE_REGISTERS;
    }

    @Override
    public int quantity() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WriteMultipleRegisters other && other.address == address
                && Arrays.equals(other.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * address + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "write registers " + address + ".." + (address + values.length - 1) + " = " + Arrays.toString(values);
    }
}
