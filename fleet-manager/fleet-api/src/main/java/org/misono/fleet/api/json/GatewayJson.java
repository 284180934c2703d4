package org.misono.fleet.api.json;

import java.util.Map;
import org.misono.fleet.core.model.GatewayState;

/**
 * A gateway in a list, and the payload of the {@code gateway} stream event.
 *
 * @param devices how many devices the fleet has recorded under the gateway
 * @param devicesOnline devices online as the gateway counted them in its last heartbeat
 */
public record GatewayJson(String gatewayId, String tenant, boolean online, String offlineReason, String firmware,
        Long lastSeen, Long startedAt, Long firstSeen, Integer heartbeatInterval, Long uptime, BacklogJson backlog,
        Map<String, Long> dropped, int devices, Integer devicesOnline, Integer devicesOffline) {

    public static GatewayJson of(GatewayState g) {
        return new GatewayJson(g.key().gateway(), g.key().tenant(), g.online(), g.offlineReason(), g.firmware(),
                Times.millis(g.lastSeen()), Times.millis(g.startedAt()), Times.millis(g.firstSeen()),
                g.heartbeatInterval(), g.uptime(), new BacklogJson(g.backlogMessages(), g.backlogBytes()), g.dropped(),
                g.deviceCount(), g.devicesOnline(), g.devicesOffline());
    }
}
