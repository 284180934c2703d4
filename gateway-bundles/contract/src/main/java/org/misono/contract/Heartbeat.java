package org.misono.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Sent on {@code .../health} every {@code interval} seconds. A gateway whose heartbeats stop is offline,
 * whether or not a last will arrived.
 *
 * @param interval seconds until the next heartbeat
 * @param backlog readings held on the gateway, not yet delivered
 * @param dropped messages given up since the gateway started, per priority class: {@code alarm},
 *     {@code state}, {@code telemetry} (a gateway without priorities reports one class, {@code all})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Heartbeat(long seq, long ts, long uptime, int interval, Backlog backlog, Map<String, Long> dropped,
        int devicesOnline, int devicesOffline) {

    public Heartbeat {
        dropped = dropped == null ? Map.of() : Map.copyOf(dropped);
    }

    /**
     * What waits on the gateway for delivery.
     *
     * @param capacityBytes the most the gateway may hold, so receivers can tell how full it is; null if unbounded
     *     or not reported
     * @param oldest epoch ms of the oldest message held; null when empty or not reported
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Backlog(long messages, long bytes, Long capacityBytes, Long oldest) {

        public Backlog(long messages, long bytes) {
            this(messages, bytes, null, null);
        }
    }
}
