package org.misono.modbus;

import java.util.Optional;

/** The Modbus function codes Misono speaks. */
public enum FunctionCode {
    READ_COILS(0x01, "read coils"),
    READ_DISCRETE_INPUTS(0x02, "read discrete inputs"),
    READ_HOLDING_REGISTERS(0x03, "read holding registers"),
    READ_INPUT_REGISTERS(0x04, "read input registers"),
    WRITE_SINGLE_COIL(0x05, "write single coil"),
    WRITE_SINGLE_REGISTER(0x06, "write single register"),
    WRITE_MULTIPLE_COILS(0x0F, "write multiple coils"),
    WRITE_MULTIPLE_REGISTERS(0x10, "write multiple registers");

    /** Set on the function code of a response to say it carries an exception code instead of data. */
    public static final int EXCEPTION_FLAG = 0x80;

    private final int code;
    private final String description;

    FunctionCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    public int code() {
        return code;
    }

    public String description() {
        return description;
    }

    /** Function codes 1 to 4. */
    public boolean isRead() {
        return code <= 0x04;
    }

    /** Whether the function addresses single bits (coils or discrete inputs) rather than registers. */
    public boolean addressesBits() {
        return this == READ_COILS || this == READ_DISCRETE_INPUTS || this == WRITE_SINGLE_COIL
                || this == WRITE_MULTIPLE_COILS;
    }

    public static Optional<FunctionCode> of(int code) {
        for (FunctionCode fc : values()) {
            if (fc.code == code) {
                return Optional.of(fc);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return description + " (FC " + code + ")";
    }
}
