package org.misono.profile;

/** Order of bytes within a register, or of registers within a multi-register value. */
public enum Endianness {
    BIG,
    LITTLE;

    public static Endianness fromYaml(String name) {
        return "little".equals(name) ? LITTLE : BIG;
    }
}
