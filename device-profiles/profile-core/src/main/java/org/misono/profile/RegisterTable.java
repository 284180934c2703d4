package org.misono.profile;

import java.util.Locale;

/** The four Modbus data tables. */
public enum RegisterTable {
    /** Read/write single bits: function codes 1, 5, 15. */
    COIL(true, true),
    /** Read-only single bits: function code 2. */
    DISCRETE(true, false),
    /** Read-only 16-bit registers: function code 4. */
    INPUT(false, false),
    /** Read/write 16-bit registers: function codes 3, 6, 16. */
    HOLDING(false, true);

    private final boolean bits;
    private final boolean writable;

    RegisterTable(boolean bits, boolean writable) {
        this.bits = bits;
        this.writable = writable;
    }

    /** Whether each address holds one bit rather than a 16-bit word. */
    public boolean isBits() {
        return bits;
    }

    public boolean isWritable() {
        return writable;
    }

    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RegisterTable fromYaml(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
