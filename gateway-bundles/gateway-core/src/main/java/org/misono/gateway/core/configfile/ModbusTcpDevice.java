package org.misono.gateway.core.configfile;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import org.misono.gateway.api.ConfigurationPids;

/**
 * A Modbus TCP device.
 *
 * @param unitId null to take the profile's
 * @param timeout null to take the profile's
 */
public record ModbusTcpDevice(String id, String profile, String host, int port, Integer unitId, Duration pollInterval,
        Duration timeout) implements DeviceConfig {

    @Override
    public String factoryPid() {
        return ConfigurationPids.MODBUS_DEVICE;
    }

    @Override
    public Dictionary<String, Object> properties() {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("device.id", id);
        p.put("profile", profile);
        p.put("host", host);
        p.put("port", port);
        if (unitId != null) {
            p.put("unit.id", unitId);
        }
        p.put("poll.interval.ms", pollInterval.toMillis());
        if (timeout != null) {
            p.put("timeout.ms", (int) timeout.toMillis());
        }
        return p;
    }
}
