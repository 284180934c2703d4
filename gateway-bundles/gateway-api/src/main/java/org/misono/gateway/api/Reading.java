package org.misono.gateway.api;

import java.util.Objects;

/**
 * One observation of one point.
 *
 * @param value {@link Boolean}, {@link Long}, {@link Double} or {@link String}; null when BAD
 * @param reason why the quality is not GOOD, in words an operator can act on; null when GOOD
 * @param timestamp epoch milliseconds when the value was read
 */
public record Reading(String pointId, Object value, Quality quality, String reason, long timestamp) {

    public Reading {
        Objects.requireNonNull(pointId, "pointId");
        Objects.requireNonNull(quality, "quality");
    }

    public static Reading good(String pointId, Object value, long timestamp) {
        return new Reading(pointId, value, Quality.GOOD, null, timestamp);
    }

    public static Reading bad(String pointId, String reason, long timestamp) {
        return new Reading(pointId, null, Quality.BAD, reason, timestamp);
    }
}
