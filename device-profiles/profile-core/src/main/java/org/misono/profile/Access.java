package org.misono.profile;

import java.util.Locale;

/** Whether the gateway polls a point, may write it, or both. */
public enum Access {
    READ,
    WRITE,
    READWRITE;

    public boolean canRead() {
        return this != WRITE;
    }

    public boolean canWrite() {
        return this != READ;
    }

    public static Access fromYaml(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
