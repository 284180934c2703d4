package org.misono.fleet.core.model;

import java.time.Instant;

/**
 * A device as described by its last meta message, with its last reported connection state.
 * Fields of the description are null while only telemetry has arrived (meta and telemetry travel on
 * different topics, so their order is not guaranteed).
 *
 * @param online false after a {@code device.offline} event until a {@code device.online} one
 * @param describedAt the {@code ts} of the meta message; null before one arrived
 */
public record DeviceState(DeviceKey key, String profile, String profileVersion, String vendor, String model,
        String deviceClass, String protocol, String endpoint, Instant describedAt, boolean online,
        String lastEventType, String lastEventReason, Instant lastEventAt, Instant firstSeen) {
}
