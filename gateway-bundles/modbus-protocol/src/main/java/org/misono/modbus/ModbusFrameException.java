package org.misono.modbus;

/**
 * Bytes that are not a valid Modbus message, or a response that does not answer the request it was
 * matched with. On a stream transport the stream can no longer be trusted after one.
 */
public class ModbusFrameException extends Exception {

    public ModbusFrameException(String message) {
        super(message);
    }

    public ModbusFrameException(String message, Throwable cause) {
        super(message, cause);
    }
}
