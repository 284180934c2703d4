package org.misono.fleet.core.model;

import java.time.Instant;

/** A device event as kept in the device's history. */
public record DeviceEventRecord(long seq, Instant ts, String type, String reason, Instant receivedAt) {
}
