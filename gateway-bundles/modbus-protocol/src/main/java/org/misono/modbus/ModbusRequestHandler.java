package org.misono.modbus;

/**
 * The device side of Modbus: answers one request. Servers call it from their connection threads, so an
 * implementation shared by several connections must be thread-safe.
 */
@FunctionalInterface
public interface ModbusRequestHandler {

    /**
     * @param unitId the unit id the request was addressed to
     * @return the response; an exception response for requests the device refuses; {@code null} to send
     *     nothing at all, as a device does that ignores a request (the client then times out)
     */
    ModbusResponse handle(int unitId, ModbusRequest request);
}
