package org.misono.fleet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misono.contract.DeviceDescription;
import org.misono.contract.DeviceEventMessage;
import org.misono.contract.GatewayStatus;
import org.misono.contract.Heartbeat;
import org.misono.contract.PointDescription;
import org.misono.fleet.core.change.Change;
import org.misono.fleet.core.model.DeviceKey;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.core.model.PointReading;
import org.misono.fleet.core.model.PointState;
import org.misono.fleet.storage.db.Database;
import org.misono.fleet.storage.jdbi.JdbiFleetStore;
import org.misono.gateway.api.Quality;

class JdbiFleetStoreTest {

    @TempDir
    static Path dataDir;
    static Database db;
    static JdbiFleetStore store;

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @BeforeAll
    static void start() {
        db = Database.embedded(dataDir.resolve("pg"));
        store = new JdbiFleetStore(db.dataSource());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void status_and_heartbeat_make_up_the_gateway() {
        GatewayKey gw = new GatewayKey("t-status", "gw-1");
        store.write(List.of(
                new Change.StatusReported(gw, GatewayStatus.online(1_000, "1.2.3", 900), NOW, true),
                new Change.HeartbeatReceived(gw, new Heartbeat(7, 2_000, 40, 30, new Heartbeat.Backlog(5, 1_024),
                        Map.of("routine", 3L), 2, 1), NOW.plusSeconds(1), true)));

        assertThat(store.gateway(gw)).hasValueSatisfying(g -> {
            assertThat(g.online()).isTrue();
            assertThat(g.firmware()).isEqualTo("1.2.3");
            assertThat(g.startedAt()).isEqualTo(Instant.ofEpochMilli(900));
            assertThat(g.lastSeen()).isEqualTo(NOW.plusSeconds(1));
            assertThat(g.firstSeen()).isEqualTo(NOW);
            assertThat(g.backlogMessages()).isEqualTo(5);
            assertThat(g.backlogBytes()).isEqualTo(1_024);
            assertThat(g.dropped()).containsExactly(Map.entry("routine", 3L));
            assertThat(g.heartbeatInterval()).isEqualTo(30);
            assertThat(g.devicesOffline()).isEqualTo(1);
        });

        store.write(List.of(new Change.StatusReported(gw, GatewayStatus.offline(3_000, "1.2.3", "connection lost"),
                NOW.plusSeconds(2), true)));
        assertThat(store.gateway(gw)).hasValueSatisfying(g -> {
            assertThat(g.online()).isFalse();
            assertThat(g.offlineReason()).isEqualTo("connection lost");
            assertThat(g.startedAt()).as("kept from the birth").isEqualTo(Instant.ofEpochMilli(900));
        });
    }

    @Test
    void a_retained_replay_does_not_count_as_seen_but_a_live_message_brings_the_gateway_back() {
        GatewayKey gw = new GatewayKey("t-replay", "gw-1");
        store.write(List.of(new Change.StatusReported(gw, GatewayStatus.online(1_000, "1.0", 900), NOW, false)));
        assertThat(store.gateway(gw)).hasValueSatisfying(g -> {
            assertThat(g.online()).isTrue();
            assertThat(g.lastSeen()).isNull();
        });

        store.write(List.of(new Change.GatewayTimedOut(gw, "no message for 90 s", NOW.plusSeconds(90))));
        assertThat(store.gateway(gw).orElseThrow().offlineReason()).isEqualTo("no message for 90 s");

        store.write(List.of(telemetry(gw.device("m"), NOW.plusSeconds(100), reading("p", 1.5, 5_000))));
        assertThat(store.gateway(gw)).hasValueSatisfying(g -> {
            assertThat(g.online()).isTrue();
            assertThat(g.offlineReason()).isNull();
            assertThat(g.lastSeen()).isEqualTo(NOW.plusSeconds(100));
        });
    }

    @Test
    void points_join_their_description_and_latest_value_and_older_readings_do_not_win() {
        DeviceKey dev = new DeviceKey("t-points", "gw-1", "station-1");
        store.write(List.of(
                telemetry(dev, NOW, reading("dock01.battery", 80.0, 5_000), reading("extra", "x", 5_000)),
                new Change.DeviceDescribed(dev, description(), NOW, true)));
        store.write(List.of(
                telemetry(dev, NOW, reading("dock01.battery", 60.0, 4_000)),
                telemetry(dev, NOW, new PointReading("dock01.lock", null, Quality.BAD, "timeout",
                        Instant.ofEpochMilli(5_000)))));

        List<PointState> points = store.points(dev);
        assertThat(points).extracting(PointState::id, PointState::semantic, PointState::value, PointState::quality,
                PointState::reason)
                .containsExactly(
                        tuple("dock01.battery", "dock.batteryLevel", 80.0, Quality.GOOD, null),
                        tuple("dock01.lock", "dock.lockState", null, Quality.BAD, "timeout"),
                        tuple("dock01.present", "dock.vehiclePresent", null, null, null),
                        tuple("extra", null, "x", Quality.GOOD, null));
        assertThat(points.get(1).description().labels()).containsExactly("unlocked", "locked", "fault");
        assertThat(store.device(dev)).hasValueSatisfying(d -> {
            assertThat(d.deviceClass()).isEqualTo("mobility-station");
            assertThat(d.profileVersion()).isEqualTo("1.0.0");
        });
    }

    @Test
    void device_events_set_online_state_and_duplicates_are_kept_once() {
        DeviceKey dev = new DeviceKey("t-events", "gw-1", "meter-1");
        DeviceEventMessage offline = new DeviceEventMessage(10, 5_000, "device.offline", "connection refused");
        store.write(List.of(new Change.DeviceEventReceived(dev, offline, NOW, true),
                new Change.DeviceEventReceived(dev, offline, NOW, true)));
        assertThat(store.device(dev).orElseThrow().online()).isFalse();
        assertThat(store.events(dev, 10)).hasSize(1);

        // a late, older event does not override the newer state
        store.write(List.of(new Change.DeviceEventReceived(dev, new DeviceEventMessage(9, 4_000, "device.online",
                null), NOW, true)));
        assertThat(store.device(dev).orElseThrow().online()).isFalse();

        store.write(List.of(new Change.DeviceEventReceived(dev, new DeviceEventMessage(11, 6_000, "device.online",
                null), NOW, true)));
        assertThat(store.device(dev).orElseThrow().online()).isTrue();
        assertThat(store.events(dev, 2)).extracting(e -> e.seq()).containsExactly(11L, 10L);
    }

    @Test
    void removing_a_device_takes_its_points_and_events_along() {
        DeviceKey dev = new DeviceKey("t-remove", "gw-1", "station-1");
        store.write(List.of(new Change.DeviceDescribed(dev, description(), NOW, true),
                telemetry(dev, NOW, reading("dock01.battery", 80.0, 5_000))));
        store.write(List.of(new Change.DeviceRemoved(dev, NOW, false)));

        assertThat(store.device(dev)).isEmpty();
        assertThat(store.points(dev)).isEmpty();
        assertThat(store.gateway(dev.gatewayKey()).orElseThrow().deviceCount()).isZero();
    }

    @Test
    void tenants_are_kept_apart_even_with_the_same_gateway_ids() {
        GatewayKey a = new GatewayKey("t-sep-a", "gw-1");
        GatewayKey b = new GatewayKey("t-sep-b", "gw-1");
        store.write(List.of(new Change.StatusReported(a, GatewayStatus.online(1, "a", 1), NOW, true),
                new Change.StatusReported(b, GatewayStatus.offline(1, "b", "shutdown"), NOW, true),
                telemetry(a.device("d"), NOW, reading("p", 1L, 1_000))));

        assertThat(store.gateways("t-sep-a")).extracting(g -> g.firmware(), g -> g.deviceCount())
                .containsExactly(tuple("a", 1));
        assertThat(store.gateways("t-sep-b")).extracting(g -> g.firmware(), g -> g.deviceCount())
                .containsExactly(tuple("b", 0));
        assertThat(store.points(b.device("d"))).isEmpty();
        assertThat(store.tenants()).filteredOn(t -> t.tenant().startsWith("t-sep"))
                .extracting(t -> t.tenant(), t -> t.gatewaysOnline())
                .containsExactly(tuple("t-sep-a", 1), tuple("t-sep-b", 0));
    }

    @Test
    void a_batch_is_stored_whole_or_not_at_all() {
        GatewayKey gw = new GatewayKey("t-atomic", "gw-1");
        Change good = new Change.StatusReported(gw, GatewayStatus.online(1, "1", 1), NOW, true);
        Change refused = telemetry(gw.device("d"), NOW, reading("p", "\u0000", 1_000));

        try {
            store.write(List.of(good, refused));
        } catch (RuntimeException expected) {
            // PostgreSQL does not take NUL characters in text
        }
        assertThat(store.gateway(gw)).isEmpty();
    }

    private static Change.TelemetryReceived telemetry(DeviceKey dev, Instant at, PointReading... readings) {
        return new Change.TelemetryReceived(dev, 1, List.of(readings), at, true);
    }

    private static PointReading reading(String point, Object value, long ts) {
        return new PointReading(point, value, Quality.GOOD, null, Instant.ofEpochMilli(ts));
    }

    private static DeviceDescription description() {
        return new DeviceDescription(1_000, "misono/mobility-station-12", "1.0.0", "Misono", "MMS-12",
                "mobility-station", "modbus-tcp", "10.0.0.7:502 unit 1", List.of(
                        new PointDescription("dock01.battery", "Dock 1 battery", "dock.batteryLevel", "dock", 1,
                                "uint16", "%", "read", null),
                        new PointDescription("dock01.lock", "Dock 1 lock state", "dock.lockState", "dock", 1,
                                "uint16", null, "read", List.of("unlocked", "locked", "fault")),
                        new PointDescription("dock01.present", "Dock 1 vehicle present", "dock.vehiclePresent",
                                "dock", 1, "bool", null, "read", null)));
    }
}
