package org.misono.gateway.core.configfile;

import java.nio.file.Path;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import org.misono.gateway.api.ConfigurationPids;

/**
 * The gateway configuration file, validated: who the gateway is, where its profiles are, how it reaches
 * the broker, which devices it reads, and which releases it accepts.
 */
public record GatewayFile(String gatewayId, String tenant, Path profilesDir, UplinkSection uplink,
        List<DeviceConfig> devices, UpdatesSection updates) {

    public GatewayFile {
        devices = List.copyOf(devices);
    }

    /** The gateway's own configuration (identity, profiles folder), keys as in its metatype. */
    Dictionary<String, Object> gatewayProperties() {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("gateway.id", gatewayId);
        p.put("tenant", tenant);
        p.put("profiles.dir", profilesDir.toString());
        return p;
    }

    String gatewayPid() {
        return ConfigurationPids.GATEWAY;
    }
}
