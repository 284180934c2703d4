package org.misono.modbus;

/**
 * A well-formed request a server must refuse with an exception response rather than by dropping the
 * connection: an unknown function code, a quantity beyond the PDU limits, addresses past 65535, a coil
 * value other than ON/OFF.
 */
public class RejectedRequestException extends ModbusFrameException {

    private final int functionCode;
    private final ExceptionCode exceptionCode;

    public RejectedRequestException(int functionCode, ExceptionCode exceptionCode, String message) {
        super(message);
        this.functionCode = functionCode;
        this.exceptionCode = exceptionCode;
    }

    /** The raw function code byte of the request, which the exception response echoes. */
    public int functionCode() {
        return functionCode;
    }

    public ExceptionCode exceptionCode() {
        return exceptionCode;
    }
}
