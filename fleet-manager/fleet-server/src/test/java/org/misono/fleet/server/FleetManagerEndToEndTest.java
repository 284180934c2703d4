package org.misono.fleet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misono.fleet.server.support.Api;
import org.misono.fleet.server.support.Devices;
import org.misono.fleet.server.support.StreamReader;
import org.misono.fleet.server.support.TestGateway;

/**
 * The whole fleet manager, from a gateway's MQTT messages through the embedded broker and PostgreSQL to the
 * REST API and the event stream. One fleet manager serves every test; each test uses its own tenant or
 * gateway, so they do not see each other's data.
 */
class FleetManagerEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    static Path dataDir;
    static FleetManager fm;
    static Api api;

    @BeforeAll
    static void start() {
        fm = FleetManager.start(FleetManagerConfig.builder().httpPort(0).mqttPort(0).mqttBindAddress("127.0.0.1")
                .dataDir(dataDir).heartbeatMisses(2).livenessCheckPeriod(Duration.ofMillis(200)).build());
        api = new Api(fm.httpUrl());
        await().atMost(WAIT).until(fm::mqttConnected);
    }

    @AfterAll
    static void stop() {
        fm.close();
    }

    @Test
    void a_stations_status_health_meta_telemetry_and_events_show_up_in_the_rest_api() throws Exception {
        try (TestGateway gw = TestGateway.connect(fm.mqttUrl(), "city-a", "gw-0001", "0.1.0")) {
            gw.heartbeat(30, 7);
            gw.meta("station-1", Devices.station());
            gw.telemetry("station-1", Devices.stationReadings());
            gw.event("station-1", "device.offline", "connection refused by 10.0.0.7:502");

            String device = "/api/v1/tenants/city-a/gateways/gw-0001/devices/station-1";
            await().atMost(WAIT).untilAsserted(() -> assertThat(api.json(device).path("lastEvent").asText())
                    .isEqualTo("device.offline"));

            JsonNode list = api.json("/api/v1/tenants/city-a/gateways");
            assertThat(list).hasSize(1);
            JsonNode g = list.get(0);
            assertThat(g.path("gatewayId").asText()).isEqualTo("gw-0001");
            assertThat(g.path("tenant").asText()).isEqualTo("city-a");
            assertThat(g.path("online").asBoolean()).isTrue();
            assertThat(g.path("firmware").asText()).isEqualTo("0.1.0");
            assertThat(g.path("lastSeen").asLong()).isPositive();
            assertThat(g.path("startedAt").asLong()).isPositive();
            assertThat(g.path("backlog").path("messages").asLong()).isEqualTo(7);
            assertThat(g.path("backlog").path("bytes").asLong()).isEqualTo(700);
            assertThat(g.path("dropped").path("routine").asLong()).isEqualTo(2);
            assertThat(g.path("devices").asInt()).isEqualTo(1);

            JsonNode detail = api.json("/api/v1/tenants/city-a/gateways/gw-0001");
            assertThat(detail.path("devices")).hasSize(1);
            JsonNode summary = detail.path("devices").get(0);
            assertThat(summary.path("deviceId").asText()).isEqualTo("station-1");
            assertThat(summary.path("deviceClass").asText()).isEqualTo("mobility-station");
            assertThat(summary.path("profile").asText()).isEqualTo("misono/mobility-station-12");
            assertThat(summary.path("online").asBoolean()).as("after device.offline").isFalse();

            JsonNode points = api.json(device).path("points");
            assertThat(points).hasSize(1 + 4 * Devices.DOCKS);
            JsonNode battery3 = find(points, "dock03.battery");
            assertThat(battery3.path("value").asDouble()).isEqualTo(53.0);
            assertThat(battery3.path("quality").asText()).isEqualTo("GOOD");
            assertThat(battery3.path("unit").asText()).isEqualTo("%");
            assertThat(battery3.path("semantic").asText()).isEqualTo("dock.batteryLevel");
            assertThat(battery3.path("group").asText()).isEqualTo("dock");
            assertThat(battery3.path("instance").asInt()).isEqualTo(3);
            JsonNode battery4 = find(points, "dock04.battery");
            assertThat(battery4.path("value").isNull()).isTrue();
            assertThat(battery4.path("quality").asText()).isEqualTo("BAD");
            assertThat(battery4.path("reason").asText()).isEqualTo("timeout: no answer within 1000 ms");

            JsonNode docks = api.json(device + "/docks");
            assertThat(docks).hasSize(Devices.DOCKS);
            assertThat(docks.get(0).path("dock").asInt()).isEqualTo(1);
            assertThat(docks.get(11).path("dock").asInt()).isEqualTo(12);
            JsonNode dock3 = docks.get(2);
            assertThat(dock3.path("vehiclePresent").asBoolean()).isTrue();
            assertThat(dock3.path("batteryLevel").asDouble()).isEqualTo(53.0);
            assertThat(dock3.path("chargingState").asText()).isEqualTo("charging");
            assertThat(dock3.path("lockState").asText()).isEqualTo("locked");
            assertThat(dock3.path("quality").asText()).isEqualTo("GOOD");
            assertThat(dock3.path("ts").asLong()).isPositive();
            assertThat(docks.get(3).path("quality").asText()).isEqualTo("BAD");
            assertThat(docks.get(3).path("reason").asText()).contains("dock04.battery", "timeout");
            assertThat(docks.get(4).path("quality").asText()).isEqualTo("STALE");
            assertThat(docks.get(6).path("vehiclePresent").asBoolean()).isFalse();
            assertThat(docks.get(6).path("lockState").asText()).isEqualTo("unlocked");

            JsonNode events = api.json(device + "/events");
            assertThat(events).hasSize(1);
            assertThat(events.get(0).path("reason").asText()).isEqualTo("connection refused by 10.0.0.7:502");
        }
    }

    @Test
    void a_meter_has_points_but_no_docks() throws Exception {
        try (TestGateway gw = TestGateway.connect(fm.mqttUrl(), "city-m", "gw-home", "0.1.0")) {
            gw.meta("meter-1", Devices.meter());
            gw.telemetry("meter-1", Devices.meterReadings(-850.0));
            String device = "/api/v1/tenants/city-m/gateways/gw-home/devices/meter-1";
            await().atMost(WAIT).untilAsserted(() ->
                    assertThat(find(api.json(device).path("points"), "activePower").path("value").asDouble())
                            .isEqualTo(-850.0));

            Api.Response docks = api.get(device + "/docks");
            assertThat(docks.status()).isEqualTo(404);
            assertThat(docks.json().path("detail").asText()).contains("energy-meter", "mobility-station");
        }
    }

    @Test
    void malformed_payloads_and_unknown_topics_are_counted_and_do_not_stop_ingest() throws Exception {
        JsonNode before = api.json("/api/v1/ingest");
        try (TestGateway gw = TestGateway.connect(fm.mqttUrl(), "city-bad", "gw-1", "0.1.0")) {
            gw.meta("meter-1", Devices.meter());
            gw.publish("misono/v1/city-bad/gw-1/device/meter-1/telemetry",
                    "{\"seq\":1,\"ts\":\"yesterday\"".getBytes(StandardCharsets.UTF_8), false);
            gw.publish("misono/v1/city-bad/gw-1/device/meter-1/colour", "{}".getBytes(StandardCharsets.UTF_8),
                    false);
            gw.telemetry("meter-1", Devices.meterReadings(1200.0));

            String device = "/api/v1/tenants/city-bad/gateways/gw-1/devices/meter-1";
            await().atMost(WAIT).untilAsserted(() ->
                    assertThat(find(api.json(device).path("points"), "activePower").path("value").asDouble())
                            .isEqualTo(1200.0));
        }
        JsonNode after = api.json("/api/v1/ingest");
        assertThat(after.path("malformed").asLong() - before.path("malformed").asLong()).isEqualTo(1);
        assertThat(after.path("unknownTopic").asLong() - before.path("unknownTopic").asLong()).isEqualTo(1);
        assertThat(after.path("recentRefusals").findValuesAsText("topic")).contains(
                "misono/v1/city-bad/gw-1/device/meter-1/telemetry", "misono/v1/city-bad/gw-1/device/meter-1/colour");
        assertThat(after.path("recentRefusals").findValuesAsText("reason"))
                .anySatisfy(r -> assertThat(r).startsWith("not a valid Telemetry payload"));
    }

    @Test
    void a_gateway_that_stops_sending_goes_offline_after_the_missed_heartbeats_even_without_a_will()
            throws Exception {
        String path = "/api/v1/tenants/city-hb/gateways/gw-quiet";
        try (TestGateway gw = TestGateway.connect(fm.mqttUrl(), "city-hb", "gw-quiet", "0.1.0")) {
            gw.heartbeat(1, 0);
            await().atMost(WAIT).until(() -> api.get(path).status() == 200
                    && api.json(path).path("heartbeatInterval").asInt() == 1);
            assertThat(api.json(path).path("online").asBoolean()).isTrue();

            // the connection stays up (so no will), but nothing more is sent: 2 intervals of 1 s later it is offline
            await().atMost(WAIT).untilAsserted(() -> assertThat(api.json(path).path("online").asBoolean()).isFalse());
            assertThat(api.json(path).path("offlineReason").asText()).contains("2 heartbeats missed");

            gw.heartbeat(1, 0);
            await().atMost(WAIT).untilAsserted(() -> assertThat(api.json(path).path("online").asBoolean()).isTrue());
            assertThat(api.json(path).path("offlineReason").isNull()).isTrue();
        }
    }

    @Test
    void a_last_will_takes_the_gateway_offline() throws Exception {
        String path = "/api/v1/tenants/city-will/gateways/gw-1";
        TestGateway gw = TestGateway.connect(fm.mqttUrl(), "city-will", "gw-1", "0.1.0");
        gw.heartbeat(30, 0);
        await().atMost(WAIT).until(() -> api.get(path).status() == 200 && api.json(path).path("online").asBoolean());

        gw.dropConnection();

        await().atMost(WAIT).untilAsserted(() -> assertThat(api.json(path).path("online").asBoolean()).isFalse());
        assertThat(api.json(path).path("offlineReason").asText()).isEqualTo("connection lost");
    }

    @Test
    void tenants_are_kept_apart_in_the_rest_paths() throws Exception {
        try (TestGateway a = TestGateway.connect(fm.mqttUrl(), "town-a", "gw-1", "1.0.0");
                TestGateway b = TestGateway.connect(fm.mqttUrl(), "town-b", "gw-1", "2.0.0")) {
            a.meta("meter-a", Devices.meter());
            b.heartbeat(30, 0);
            await().atMost(WAIT).until(() -> api.get("/api/v1/tenants/town-a/gateways/gw-1/devices/meter-a")
                    .status() == 200 && api.get("/api/v1/tenants/town-b/gateways/gw-1").status() == 200);

            assertThat(api.json("/api/v1/tenants/town-a/gateways/gw-1").path("firmware").asText()).isEqualTo("1.0.0");
            assertThat(api.json("/api/v1/tenants/town-b/gateways/gw-1").path("firmware").asText()).isEqualTo("2.0.0");
            assertThat(api.json("/api/v1/tenants/town-b/gateways/gw-1").path("devices")).isEmpty();
            assertThat(api.get("/api/v1/tenants/town-b/gateways/gw-1/devices/meter-a").status()).isEqualTo(404);
            assertThat(api.json("/api/v1/tenants").findValuesAsText("tenant")).contains("town-a", "town-b");
        }
    }

    @Test
    void unknown_tenants_gateways_devices_and_paths_answer_404_problem_details() throws Exception {
        try (TestGateway gw = TestGateway.connect(fm.mqttUrl(), "city-404", "gw-1", "0.1.0")) {
            gw.heartbeat(30, 0);
            await().atMost(WAIT).until(() -> api.get("/api/v1/tenants/city-404/gateways/gw-1").status() == 200);
        }

        assertProblem("/api/v1/tenants/nowhere/gateways", "tenant-not-found", "'nowhere'");
        assertProblem("/api/v1/tenants/nowhere/gateways/gw-1", "tenant-not-found", "'nowhere'");
        assertProblem("/api/v1/tenants/city-404/gateways/gw-9", "gateway-not-found", "'city-404' has no gateway 'gw-9'");
        assertProblem("/api/v1/tenants/city-404/gateways/gw-1/devices/x", "device-not-found", "no device 'x'");
        assertProblem("/api/v1/tenants/city-404/gateways/gw-1/devices/x/docks", "device-not-found", "no device 'x'");
        assertProblem("/api/v1/teapots", "no-such-endpoint", "GET /api/v1/teapots");
    }

    @Test
    void the_stream_sends_gateway_point_and_device_events_for_the_gateway_asked_for() throws Exception {
        try (StreamReader stream = new StreamReader(api, "/api/v1/stream?tenant=city-sse&gateway=gw-live");
                TestGateway gw = TestGateway.connect(fm.mqttUrl(), "city-sse", "gw-live", "0.1.0");
                TestGateway other = TestGateway.connect(fm.mqttUrl(), "city-sse", "gw-other", "0.1.0")) {
            await().atMost(WAIT).until(() -> !stream.events("ready").isEmpty());

            other.telemetry("meter-9", Devices.meterReadings(1.0));
            gw.heartbeat(30, 3);
            gw.telemetry("meter-1", Devices.meterReadings(420.0));
            gw.event("meter-1", "device.online", null);

            await().atMost(WAIT).untilAsserted(() -> {
                assertThat(stream.events("gateway")).anySatisfy(e -> assertThat(e.data().path("backlog")
                        .path("messages").asLong()).isEqualTo(3));
                assertThat(stream.events("points")).anySatisfy(e -> {
                    assertThat(e.data().path("deviceId").asText()).isEqualTo("meter-1");
                    assertThat(e.data().path("points").findValuesAsText("id")).contains("activePower");
                });
                assertThat(stream.events("device")).anySatisfy(e ->
                        assertThat(e.data().path("type").asText()).isEqualTo("device.online"));
            });
            assertThat(stream.events()).allSatisfy(e -> {
                if (!e.name().equals("ready")) {
                    assertThat(e.data().path("gatewayId").asText()).isEqualTo("gw-live");
                }
            });
        }
    }

    @Test
    void the_dashboard_is_served_at_the_root() {
        Api.Response page = api.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("Misono Fleet");
        // browsers run module scripts only when served as JavaScript
        for (String module : List.of("/app.js", "/format.js", "/icons.js", "/gateways.js", "/devices.js",
                "/station.js", "/meter.js")) {
            Api.Response js = api.get(module);
            assertThat(js.status()).as(module).isEqualTo(200);
            assertThat(js.contentType()).as(module).contains("javascript");
        }
        assertThat(api.get("/app.css").contentType()).startsWith("text/css");
        assertThat(api.json("/api/v1/health").path("status").asText()).isEqualTo("UP");
    }

    private static void assertProblem(String path, String type, String detail) {
        Api.Response r = api.get(path);
        assertThat(r.status()).as(path).isEqualTo(404);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.path("type").asText()).isEqualTo("urn:misono:fleet:problem:" + type);
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).contains(detail);
    }

    private static JsonNode find(JsonNode points, String id) {
        for (JsonNode p : points) {
            if (p.path("id").asText().equals(id)) {
                return p;
            }
        }
        throw new AssertionError("no point " + id + " in " + points);
    }
}
