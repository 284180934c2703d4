package org.misono.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Retained on {@code .../status}. The gateway publishes it online when it connects (its birth) and
 * registers an offline one as its last will; a clean shutdown publishes offline itself.
 *
 * @param startedAt epoch ms when the gateway process started; null in a last will
 * @param reason why offline, e.g. "connection lost" or "shutdown"; null when online
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GatewayStatus(boolean online, long ts, String firmware, Long startedAt, String reason) {

    public static GatewayStatus online(long ts, String firmware, long startedAt) {
        return new GatewayStatus(true, ts, firmware, startedAt, null);
    }

    public static GatewayStatus offline(long ts, String firmware, String reason) {
        return new GatewayStatus(false, ts, firmware, null, reason);
    }
}
