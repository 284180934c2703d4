package org.misono.profile;

import java.util.Locale;

/** The wire type of a point's raw value. */
public enum DataType {
    BOOL(1, false),
    INT16(1, true),
    UINT16(1, true),
    INT32(2, true),
    UINT32(2, true),
    INT64(4, true),
    UINT64(4, true),
    FLOAT32(2, false),
    FLOAT64(4, false),
    STRING(0, false);

    private final int registers;
    private final boolean integer;

    DataType(int registers, boolean integer) {
        this.registers = registers;
        this.integer = integer;
    }

    /** Registers this type occupies; 0 for strings, whose size comes from their length. */
    public int registers() {
        return registers;
    }

    public boolean isInteger() {
        return integer;
    }

    public boolean isNumeric() {
        return integer || this == FLOAT32 || this == FLOAT64;
    }

    public boolean isSigned() {
        return this == INT16 || this == INT32 || this == INT64;
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DataType fromYaml(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
