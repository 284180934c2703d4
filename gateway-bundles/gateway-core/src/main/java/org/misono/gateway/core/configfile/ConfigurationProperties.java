package org.misono.gateway.core.configfile;

import java.util.Dictionary;
import java.util.Hashtable;

/**
 * The configuration properties each component reads, built from the file. Keys match the components'
 * metatype (attribute {@code poll_interval_ms()} is key {@code poll.interval.ms}); the framework test
 * proves the two agree by activating every component from a file.
 */
final class ConfigurationProperties {

    private ConfigurationProperties() {
    }

    static Dictionary<String, Object> gateway(GatewayFile file) {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("gateway.id", file.gatewayId());
        p.put("tenant", file.tenant());
        p.put("profiles.dir", file.profilesDir().toString());
        return p;
    }

    static Dictionary<String, Object> uplink(GatewayFile.Uplink uplink) {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("broker.url", uplink.brokerUrl());
        if (uplink.username() != null) {
            p.put("username", uplink.username());
        }
        if (uplink.password() != null) {
            p.put(".password", uplink.password());
        }
        p.put("heartbeat.seconds", (int) Math.max(1, uplink.heartbeat().toSeconds()));
        return p;
    }

    static Dictionary<String, Object> modbusDevice(GatewayFile.Device device) {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("device.id", device.id());
        p.put("profile", device.profile());
        p.put("host", device.host());
        p.put("port", device.port());
        if (device.unitId() != null) {
            p.put("unit.id", device.unitId());
        }
        p.put("poll.interval.ms", device.pollInterval().toMillis());
        if (device.timeout() != null) {
            p.put("timeout.ms", (int) device.timeout().toMillis());
        }
        return p;
    }
}
