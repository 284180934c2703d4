package org.misono.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Sent on {@code .../health} every {@code interval} seconds. A gateway whose heartbeats stop is offline,
 * whether or not a last will arrived.
 *
 * @param interval seconds until the next heartbeat
 * @param backlog readings held on the gateway, not yet delivered
 * @param dropped readings given up per priority class since the gateway started
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Heartbeat(long seq, long ts, long uptime, int interval, Backlog backlog, Map<String, Long> dropped,
        int devicesOnline, int devicesOffline) {

    public Heartbeat {
        dropped = dropped == null ? Map.of() : Map.copyOf(dropped);
    }

    /** Messages and bytes waiting on the gateway. */
    public record Backlog(long messages, long bytes) {
    }
}
