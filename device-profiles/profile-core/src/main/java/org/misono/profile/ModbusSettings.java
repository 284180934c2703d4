package org.misono.profile;

import java.util.List;

/**
 * How a Modbus device wants to be talked to: defaults for its points and the limits the poller must keep.
 *
 * @param maxGap unused registers the poller may read to merge two neighbouring ranges into one request
 * @param noRead ranges the device answers with an exception (or worse), so no request may touch them
 * @param maxInFlight transactions the device accepts at once on one TCP connection
 */
public record ModbusSettings(
        int unitId,
        int defaultPort,
        Endianness byteOrder,
        Endianness wordOrder,
        int timeoutMs,
        int maxRegistersPerRequest,
        int maxBitsPerRequest,
        int maxGap,
        int maxInFlight,
        List<RegisterRange> noRead) {

    public static final int PDU_MAX_REGISTERS = 125;
    public static final int PDU_MAX_BITS = 2000;

    public ModbusSettings {
        noRead = List.copyOf(noRead);
    }

    public static ModbusSettings defaults() {
        return new ModbusSettings(1, 502, Endianness.BIG, Endianness.BIG, 1000,
                PDU_MAX_REGISTERS, PDU_MAX_BITS, 0, 1, List.of());
    }

    /** Largest number of addresses one read request may span in the given table. */
    public int maxPerRequest(RegisterTable table) {
        return table.isBits() ? maxBitsPerRequest : maxRegistersPerRequest;
    }
}
