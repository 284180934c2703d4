package org.misono.gateway.core.configfile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The gateway configuration file, validated: who the gateway is, where its profiles are, how it reaches
 * the broker, and which devices it reads.
 */
public record GatewayFile(String gatewayId, String tenant, Path profilesDir, Uplink uplink, List<Device> devices) {

    public GatewayFile {
        devices = List.copyOf(devices);
    }

    /** @param username null for an anonymous connection */
    public record Uplink(String brokerUrl, String username, String password, Duration heartbeat) {
    }

    /**
     * One Modbus device.
     *
     * @param unitId null to take the profile's
     * @param timeout null to take the profile's
     */
    public record Device(String id, String profile, String host, int port, Integer unitId, Duration pollInterval,
            Duration timeout) {
    }
}
