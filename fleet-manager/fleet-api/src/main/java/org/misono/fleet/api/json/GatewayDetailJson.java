package org.misono.fleet.api.json;

import java.util.List;
import java.util.Map;
import org.misono.fleet.core.model.GatewayState;

/** One gateway with its devices; the fields are those of {@link GatewayJson} but for {@code devices}. */
public record GatewayDetailJson(String gatewayId, String tenant, boolean online, String offlineReason,
        String firmware, Long lastSeen, Long startedAt, Long firstSeen, Integer heartbeatInterval, Long uptime,
        BacklogJson backlog, Map<String, Long> dropped, List<DeviceSummaryJson> devices, Integer devicesOnline,
        Integer devicesOffline) {

    public static GatewayDetailJson of(GatewayState g, List<DeviceSummaryJson> devices) {
        GatewayJson s = GatewayJson.of(g);
        return new GatewayDetailJson(s.gatewayId(), s.tenant(), s.online(), s.offlineReason(), s.firmware(),
                s.lastSeen(), s.startedAt(), s.firstSeen(), s.heartbeatInterval(), s.uptime(), s.backlog(),
                s.dropped(), devices, s.devicesOnline(), s.devicesOffline());
    }
}
