package org.misono.contract;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of message in the native dialect, named by the last segment of their topic. */
public enum Channel {
    /** Retained; gateway online (birth) or offline (last will, or clean shutdown). */
    STATUS("status", false),
    /** Periodic heartbeat with uptime, backlog and drop counters. */
    HEALTH("health", false),
    /** Retained; a device's profile and what each point means. */
    META("meta", true),
    /** Readings of one device. */
    TELEMETRY("telemetry", true),
    /** Device events such as going offline. */
    EVENT("event", true);

    private final String segment;
    private final boolean perDevice;

    Channel(String segment, boolean perDevice) {
        this.segment = segment;
        this.perDevice = perDevice;
    }

    public String segment() {
        return segment;
    }

    public boolean perDevice() {
        return perDevice;
    }

    static Optional<Channel> of(String segment, boolean perDevice) {
        return Arrays.stream(values())
                .filter(c -> c.segment.equals(segment) && c.perDevice == perDevice)
                .findFirst();
    }
}
