package org.misono.profile;

import java.util.Arrays;

/** What kind of thing a device is; decides how the fleet manager and the city OS present it. */
public enum DeviceClass {
    MOBILITY_STATION("mobility-station"),
    ENERGY_METER("energy-meter"),
    GENERIC("generic");

    private final String yamlName;

    DeviceClass(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static DeviceClass fromYaml(String name) {
        return Arrays.stream(values())
                .filter(c -> c.yamlName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown device class " + name));
    }
}
