package org.misono.modbus;

/**
 * Read coils, discrete inputs, holding or input registers (function codes 1 to 4).
 *
 * @param count number of bits (at most {@value Pdu#MAX_READ_BITS}) or registers (at most
 *     {@value Pdu#MAX_READ_REGISTERS})
 */
public record ReadRequest(FunctionCode functionCode, int address, int count) implements ModbusRequest {

    public ReadRequest {
        if (functionCode == null || !functionCode.isRead()) {
            throw new IllegalArgumentException("a read request needs function code 1 to 4, not " + functionCode);
        }
        boolean bits = functionCode.addressesBits();
        Addresses.checkSpan(address, count, bits ? Pdu.MAX_READ_BITS : Pdu.MAX_READ_REGISTERS,
                bits ? "bits read" : "registers read");
    }

    public static ReadRequest readCoils(int address, int count) {
        return new ReadRequest(FunctionCode.READ_COILS, address, count);
    }

    public static ReadRequest readDiscreteInputs(int address, int count) {
        return new ReadRequest(FunctionCode.READ_DISCRETE_INPUTS, address, count);
    }

    public static ReadRequest readHoldingRegisters(int address, int count) {
        return new ReadRequest(FunctionCode.READ_HOLDING_REGISTERS, address, count);
    }

    public static ReadRequest readInputRegisters(int address, int count) {
        return new ReadRequest(FunctionCode.READ_INPUT_REGISTERS, address, count);
    }

    @Override
    public int quantity() {
        return count;
    }

    @Override
    public String toString() {
        return functionCode.description() + " " + address + (count > 1 ? ".." + (address + count - 1) : "");
    }
}
