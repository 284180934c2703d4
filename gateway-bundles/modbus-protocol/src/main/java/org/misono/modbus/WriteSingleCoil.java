package org.misono.modbus;

/** Switch one coil on or off (function code 5). */
public record WriteSingleCoil(int address, boolean value) implements ModbusRequest {

    public WriteSingleCoil {
        Addresses.checkSpan(address, 1, 1, "coils");
    }

    @Override
    public FunctionCode functionCode() {
        return FunctionCode.WRITE_SINGLE_COIL;
    }

    @Override
    public int quantity() {
        return 1;
    }

    @Override
    public String toString() {
        return "write coil " + address + " = " + (value ? "on" : "off");
    }
}
