package org.misono.fleet.core.model;

import java.time.Instant;
import java.util.Map;

/**
 * What the fleet knows about one gateway: its last status, its last heartbeat and when it was last heard.
 *
 * @param offlineReason why it is offline (its last will, a clean shutdown, or missed heartbeats); null when online
 * @param lastSeen when this fleet manager last received a live (not retained) message from it; null if never
 * @param heartbeatInterval seconds between heartbeats as the gateway announced them; null before the first one
 * @param uptime seconds, from the last heartbeat
 * @param devicesOnline as counted by the gateway in its last heartbeat
 * @param deviceCount devices the fleet has recorded under this gateway
 */
public record GatewayState(GatewayKey key, boolean online, String offlineReason, String firmware, Instant startedAt,
        Instant statusTs, Instant firstSeen, Instant lastSeen, Integer heartbeatInterval, Long uptime,
        long backlogMessages, long backlogBytes, Map<String, Long> dropped, Integer devicesOnline,
        Integer devicesOffline, int deviceCount) {

    public GatewayState {
        dropped = dropped == null ? Map.of() : Map.copyOf(dropped);
    }
}
