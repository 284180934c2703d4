package org.misono.modbus;

/** Write one holding register (function code 6). */
public record WriteSingleRegister(int address, int value) implements ModbusRequest {

    /** @param value 0..65535; a signed 16-bit value must be given as its two's complement */
    public WriteSingleRegister {
        Addresses.checkSpan(address, 1, 1, "registers");
        Addresses.checkRegisterValue(value);
    }

    @Override
    public FunctionCode functionCode() {
        return FunctionCode.WRITE_SINGLE_REGISTER;
    }

    @Override
    public int quantity() {
        return 1;
    }

    @Override
    public String toString() {
        return "write register " + address + " = " + value;
    }
}
