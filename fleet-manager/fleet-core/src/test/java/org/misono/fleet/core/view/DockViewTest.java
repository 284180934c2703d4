package org.misono.fleet.core.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.misono.contract.PointDescription;
import org.misono.fleet.core.model.PointState;
import org.misono.gateway.api.Quality;

class DockViewTest {

    private static final Instant T1 = Instant.ofEpochMilli(1_000);
    private static final Instant T2 = Instant.ofEpochMilli(2_000);

    @Test
    void docks_are_built_from_semantics_and_instances_with_the_worst_quality() {
        List<Dock> docks = DockView.of(List.of(
                point("b2", "dock.batteryLevel", 2, 40L, Quality.GOOD, null, T1),
                point("p1", "dock.vehiclePresent", 1, true, Quality.GOOD, null, T1),
                point("b1", "dock.batteryLevel", 1, 87.5, Quality.STALE, "poll late", T2),
                point("c1", "dock.chargingState", 1, "charging", Quality.GOOD, null, T1),
                point("l1", "dock.lockState", 1, 1L, Quality.GOOD, null, T1),
                point("l2", "dock.lockState", 2, null, Quality.BAD, "timeout", T1),
                point("s", "station.status", null, "working", Quality.BAD, "x", T1)));

        assertThat(docks).containsExactly(
                new Dock(1, true, 87.5, "charging", "locked", Quality.STALE, "b1: poll late", T2),
                new Dock(2, null, 40.0, null, null, Quality.BAD, "l2: timeout", T1));
    }

    @Test
    void a_described_point_without_any_reading_makes_its_dock_bad() {
        List<Dock> docks = DockView.of(List.of(point("p1", "dock.vehiclePresent", 1, null, null, null, null)));

        assertThat(docks).singleElement().satisfies(d -> {
            assertThat(d.quality()).isEqualTo(Quality.BAD);
            assertThat(d.reason()).isEqualTo("p1: no reading received yet");
            assertThat(d.ts()).isNull();
        });
    }

    private static PointState point(String id, String semantic, Integer instance, Object value, Quality quality,
            String reason, Instant ts) {
        return new PointState(id, new PointDescription(id, id, semantic, instance == null ? null : "dock", instance,
                "uint16", null, "read", List.of("unlocked", "locked", "fault")), value, quality, reason, ts);
    }
}
