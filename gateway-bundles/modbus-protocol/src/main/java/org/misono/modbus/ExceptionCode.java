package org.misono.modbus;

import java.util.Optional;

/** Why a device refused a request, as it says in an exception response. */
public enum ExceptionCode {
    ILLEGAL_FUNCTION(0x01, "illegal function: the device does not support this function code"),
    ILLEGAL_DATA_ADDRESS(0x02, "illegal data address: the device has no data at (part of) the requested addresses"),
    ILLEGAL_DATA_VALUE(0x03, "illegal data value: the device refuses the quantity or value in the request"),
    SERVER_DEVICE_FAILURE(0x04, "server device failure: the device failed while handling the request"),
    ACKNOWLEDGE(0x05, "acknowledge: the device accepted a long-running request and is still working on it"),
    SERVER_DEVICE_BUSY(0x06, "server busy: the device is busy with a long-running command, retry later"),
    MEMORY_PARITY_ERROR(0x08, "memory parity error: the device found its own memory inconsistent"),
    GATEWAY_PATH_UNAVAILABLE(0x0A, "gateway path unavailable: the Modbus gateway has no path to the unit id"),
    GATEWAY_TARGET_FAILED(0x0B, "gateway target failed: the device behind the Modbus gateway did not answer");

    private final int code;
    private final String description;

    ExceptionCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    /** A sentence an operator can act on, e.g. for a reading's reason. */
    public String description() {
        return description;
    }

    public static Optional<ExceptionCode> of(int code) {
        for (ExceptionCode ec : values()) {
            if (ec.code == code) {
                return Optional.of(ec);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "exception " + code + " (" + description + ")";
    }
}
