package org.misono.profile;

import java.util.Arrays;

/** The field protocol and framing a device speaks. */
public enum Protocol {
    MODBUS_TCP("modbus-tcp"),
    MODBUS_RTU("modbus-rtu"),
    MODBUS_RTU_OVER_TCP("modbus-rtu-over-tcp");

    private final String yamlName;

    Protocol(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public boolean isModbus() {
        return true;
    }

    public static Protocol fromYaml(String name) {
        return Arrays.stream(values())
                .filter(p -> p.yamlName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown protocol " + name));
    }
}
