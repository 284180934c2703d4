package org.misono.fleet.core.liveness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.misono.contract.GatewayStatus;
import org.misono.contract.Heartbeat;
import org.misono.fleet.core.change.Change;
import org.misono.fleet.core.liveness.LivenessTracker.Observation;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.core.model.GatewayState;

class LivenessTrackerTest {

    private static final GatewayKey GW = new GatewayKey("city-a", "gw-1");
    private static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    private final LivenessTracker tracker = new LivenessTracker(3, Duration.ofSeconds(30));

    @Test
    void a_gateway_is_offline_once_it_misses_the_heartbeats_of_its_own_interval() {
        assertThat(tracker.observe(heartbeat(T0, 10))).isEqualTo(Observation.CAME_ONLINE);

        assertThat(tracker.expire(T0.plusSeconds(30))).isEmpty();
        List<Change.GatewayTimedOut> expired = tracker.expire(T0.plusSeconds(31));
        assertThat(expired).singleElement().satisfies(t -> {
            assertThat(t.gateway()).isEqualTo(GW);
            assertThat(t.reason()).isEqualTo("no message for 31 s: 3 heartbeats missed (expected every 10 s)");
        });
        assertThat(tracker.expire(T0.plusSeconds(60))).as("reported once").isEmpty();

        assertThat(tracker.observe(heartbeat(T0.plusSeconds(61), 10))).isEqualTo(Observation.CAME_ONLINE);
    }

    @Test
    void any_live_message_counts_as_a_sign_of_life_but_a_retained_replay_does_not() {
        tracker.observe(new Change.StatusReported(GW, GatewayStatus.online(1, "1", 1), T0, true));
        tracker.observe(new Change.TelemetryReceived(GW.device("d"), 1, List.of(), T0.plusSeconds(80), true));
        tracker.observe(new Change.DeviceRemoved(GW.device("d"), T0.plusSeconds(85), false));

        assertThat(tracker.expire(T0.plusSeconds(170))).isEmpty();
        assertThat(tracker.expire(T0.plusSeconds(171))).hasSize(1);
    }

    @Test
    void a_will_makes_the_gateway_offline_at_once_and_a_replayed_status_already_seen_is_flagged() {
        tracker.observe(new Change.StatusReported(GW, GatewayStatus.online(1, "1", 1), T0, true));
        Change.StatusReported will = new Change.StatusReported(GW, GatewayStatus.offline(2, "1", "connection lost"),
                T0.plusSeconds(5), true);
        assertThat(tracker.observe(will)).isEqualTo(Observation.NOTED);
        assertThat(tracker.expire(T0.plusSeconds(500))).as("already offline").isEmpty();

        Change.StatusReported replay = new Change.StatusReported(GW, will.status(), T0.plusSeconds(600), false);
        assertThat(tracker.observe(replay)).isEqualTo(Observation.REPEATED_STATUS);
    }

    @Test
    void after_a_restart_a_stored_online_gateway_gets_a_full_timeout_from_now() {
        GatewayState stored = new GatewayState(GW, true, null, "1", null, Instant.ofEpochMilli(1), T0, T0, 10, 5L,
                0, 0, Map.of(), null, null, 0);
        Instant restart = T0.plusSeconds(3_600);
        tracker.resume(stored, restart);

        assertThat(tracker.expire(restart.plusSeconds(30))).isEmpty();
        assertThat(tracker.expire(restart.plusSeconds(31))).hasSize(1);
        assertThat(tracker.observe(new Change.StatusReported(GW, GatewayStatus.online(1, "1", 1), restart, false)))
                .as("the broker replays the birth we stored before the restart")
                .isEqualTo(Observation.REPEATED_STATUS);
    }

    private static Change.HeartbeatReceived heartbeat(Instant at, int interval) {
        return new Change.HeartbeatReceived(GW, new Heartbeat(1, at.toEpochMilli(), 1, interval, null, null, 0, 0), at,
                true);
    }
}
