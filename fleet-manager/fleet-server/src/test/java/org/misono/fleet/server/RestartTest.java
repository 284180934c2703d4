package org.misono.fleet.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misono.fleet.server.support.Api;
import org.misono.fleet.server.support.Devices;
import org.misono.fleet.server.support.TestGateway;

class RestartTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dataDir;

    @Test
    void a_restarted_fleet_manager_keeps_its_state_and_does_not_take_retained_replays_for_news() throws Exception {
        String gateway = "/api/v1/tenants/city-r/gateways/gw-1";
        String device = gateway + "/devices/station-1";
        JsonNode before;
        try (FleetManager fm = start()) {
            Api api = new Api(fm.httpUrl());
            try (TestGateway gw = TestGateway.connect(fm.mqttUrl(), "city-r", "gw-1", "0.3.0")) {
                gw.heartbeat(30, 4);
                gw.meta("station-1", Devices.station());
                gw.telemetry("station-1", Devices.stationReadings());
                await().atMost(WAIT).until(() -> api.get(device + "/docks").status() == 200
                        && api.json(device + "/docks").get(2).path("batteryLevel").asDouble() == 53.0);
            }
            before = api.json(gateway);
        }

        try (FleetManager fm = start()) {
            Api api = new Api(fm.httpUrl());
            await().atMost(WAIT).until(fm::mqttConnected);

            JsonNode after = api.json(gateway);
            assertThat(after.path("online").asBoolean()).isTrue();
            assertThat(after.path("firmware").asText()).isEqualTo("0.3.0");
            assertThat(after.path("backlog").path("messages").asLong()).isEqualTo(4);
            assertThat(after.path("devices")).hasSize(1);
            assertThat(api.json(device + "/docks")).hasSize(Devices.DOCKS);
            assertThat(api.json(device + "/docks").get(2).path("batteryLevel").asDouble()).isEqualTo(53.0);

            // the broker replays the retained birth and meta on subscribe; they prove nothing about liveness
            await().atMost(WAIT).until(() -> fm.ingestStats().received() >= 2);
            assertThat(api.json(gateway).path("lastSeen").asLong()).isEqualTo(before.path("lastSeen").asLong());
        }
    }

    private FleetManager start() {
        return FleetManager.start(FleetManagerConfig.builder().httpPort(0).mqttPort(0).mqttBindAddress("127.0.0.1")
                .dataDir(dataDir).build());
    }
}
