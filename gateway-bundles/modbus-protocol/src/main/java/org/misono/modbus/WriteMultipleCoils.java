package org.misono.modbus;

import java.util.Arrays;

/** Write consecutive coils (function code 15), at most {@value Pdu#MAX_WRITE_BITS}. */
public record WriteMultipleCoils(int address, boolean[] values) implements ModbusRequest {

    public WriteMultipleCoils {
        Addresses.checkSpan(address, values.length, Pdu.MAX_WRITE_BITS, "coils written");
        values = values.clone();
    }

    @Override
    public boolean[] values() {
        return values.clone();
    }

    /** The value written to the coil at {@code address() + i}. */
    public boolean value(int i) {
        return values[i];
    }

    @Override
    public FunctionCode functionCode() {
        return FunctionCode.WRITE_MULTIPLE_COILS;
    }

    @Override
    public int quantity() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WriteMultipleCoils other && other.address == address
                && Arrays.equals(other.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * address + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "write coils " + address + ".." + (address + values.length - 1) + " = " + Arrays.toString(values);
    }
}
