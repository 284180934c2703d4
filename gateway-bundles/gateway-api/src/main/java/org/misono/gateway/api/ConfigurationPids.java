package org.misono.gateway.api;

/**
 * Configuration Admin PIDs of the gateway's configurable components. The gateway configuration
 * file is translated into configurations under these PIDs, the way Kura applies a snapshot.
 */
public final class ConfigurationPids {

    /** The gateway's identity and where its profiles are. */
    public static final String GATEWAY = "org.misono.gateway";

    /** The MQTT uplink to the fleet manager or city OS. */
    public static final String UPLINK_MQTT = "org.misono.uplink.mqtt";

    /** Factory PID: one configuration per Modbus device. */
    public static final String MODBUS_DEVICE = "org.misono.driver.modbus";

    private ConfigurationPids() {
    }
}
