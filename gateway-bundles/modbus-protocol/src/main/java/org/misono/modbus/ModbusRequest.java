package org.misono.modbus;

/**
 * A request to a Modbus server. Values are immutable and validated on construction against the PDU
 * limits, so any request that exists can be sent.
 */
public sealed interface ModbusRequest
        permits ReadRequest, WriteSingleCoil, WriteSingleRegister, WriteMultipleCoils, WriteMultipleRegisters {

    FunctionCode functionCode();

    /** The first (zero-based) address the request touches. */
    int address();

    /** How many coils, inputs or registers the request touches. */
    int quantity();
}
