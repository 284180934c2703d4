package org.misono.fleet.core.liveness;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.misono.fleet.core.change.Change;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.core.model.GatewayState;

/**
 * Decides whether each gateway is online. A last will is not enough: it needs the broker to notice the dead
 * connection, and never comes when the broker itself restarted. So a gateway from which nothing live arrived
 * for a number of heartbeat intervals is offline too.
 *
 * <p>Not thread-safe: the store writer is its only user, which keeps its view in the order changes are
 * stored.
 */
public final class LivenessTracker {

    private final int misses;
    private final Duration defaultInterval;
    private final Map<GatewayKey, Entry> gateways = new HashMap<>();

    /**
     * @param misses heartbeats a gateway may miss before it counts as offline
     * @param defaultInterval assumed until a gateway announces its own interval in a heartbeat
     */
    public LivenessTracker(int misses, Duration defaultInterval) {
        if (misses < 1) {
            throw new IllegalArgumentException("heartbeat misses must be at least 1, was " + misses);
        }
        this.misses = misses;
        this.defaultInterval = defaultInterval;
    }

    /**
     * Resumes tracking a stored gateway after a restart. One the store has as online gets a full timeout from
     * {@code now}: while the fleet manager was down nobody could hear it, which is no proof it is gone.
     */
    public void resume(GatewayState stored, Instant now) {
        Entry e = entry(stored.key());
        e.online = stored.online();
        e.heardAt = now;
        e.statusTs = stored.statusTs() == null ? null : stored.statusTs().toEpochMilli();
        if (stored.heartbeatInterval() != null) {
            e.interval = Duration.ofSeconds(stored.heartbeatInterval());
        }
    }

    /** Takes a change into account before it is stored. */
    public Observation observe(Change change) {
        Entry e = entry(change.gateway());
        boolean wasOnline = e.online;
        if (change instanceof Change.StatusReported s) {
            long ts = s.status().ts();
            if (!s.live() && e.statusTs != null && e.statusTs == ts) {
                // the broker replays the retained status we already stored; it says nothing new
                return Observation.REPEATED_STATUS;
            }
            e.statusTs = ts;
            e.online = s.status().online();
            if (e.online) {
                e.heardAt = change.receivedAt();
            }
        } else if (change instanceof Change.GatewayTimedOut) {
            e.online = false;
        } else if (change.live()) {
            e.online = true;
            e.heardAt = change.receivedAt();
            if (change instanceof Change.HeartbeatReceived h) {
                e.interval = Duration.ofSeconds(h.heartbeat().interval());
            }
        }
        return !wasOnline && e.online ? Observation.CAME_ONLINE : Observation.NOTED;
    }

    /** Gateways that have been silent too long and are now offline; each is reported once. */
    public List<Change.GatewayTimedOut> expire(Instant now) {
        List<Change.GatewayTimedOut> expired = new ArrayList<>();
        gateways.forEach((key, e) -> {
            Duration timeout = e.interval.multipliedBy(misses);
            if (e.online && e.heardAt != null && e.heardAt.plus(timeout).isBefore(now)) {
                e.online = false;
                long silentFor = Duration.between(e.heardAt, now).toSeconds();
                expired.add(new Change.GatewayTimedOut(key, "no message for " + silentFor + " s: " + misses
                        + " heartbeats missed (expected every " + e.interval.toSeconds() + " s)", now));
            }
        });
        return expired;
    }

    private Entry entry(GatewayKey key) {
        return gateways.computeIfAbsent(key, k -> new Entry(defaultInterval));
    }

    /** What a change meant for the gateway's online state. */
    public enum Observation {
        /** Nothing new: a retained status that was already stored. The change need not be stored again. */
        REPEATED_STATUS,
        /** The gateway was offline, or unknown, and is online now. */
        CAME_ONLINE,
        /** Anything else. */
        NOTED
    }

    private static final class Entry {
        boolean online;
        Instant heardAt;
        Long statusTs;
        Duration interval;

        Entry(Duration interval) {
            this.interval = interval;
        }
    }
}
