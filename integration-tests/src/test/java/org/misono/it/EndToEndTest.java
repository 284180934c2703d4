package org.misono.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.misono.fleet.server.FleetManager;
import org.misono.gateway.runtime.GatewayRuntime;
import org.misono.gateway.runtime.RuntimeOptions;
import org.misono.profile.DeviceProfile;
import org.misono.profile.catalogue.ProfileCatalogue;
import org.misono.profile.load.ProfileLoader;
import org.misono.sim.modbus.ModbusSimulator;

/**
 * A dock's state travels from the station simulator over Modbus TCP, through the gateway distribution
 * running in its OSGi framework, over MQTT through the fleet manager's embedded broker, into PostgreSQL,
 * and out of the REST API.
 */
@ExtendWith(FleetFixture.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EndToEndTest {

    private static final String TENANT = "city-e2e";
    private static final String GATEWAY = "gw-e2e";
    private static final Duration POLL = Duration.ofSeconds(1);

    private ModbusSimulator station;
    private GatewayRuntime gateway;
    private FleetRest rest;

    @BeforeAll
    void start(FleetManager fleet, @TempDir Path dir) throws Exception {
        DeviceProfile profile = ProfileCatalogue.fromClassPath(getClass().getClassLoader(), new ProfileLoader())
                .find("misono/mobility-station-12").orElseThrow();
        station = ModbusSimulator.builder(profile).port(0).seed(11).start();
        Path config = GatewayHome.writeStationConfig(dir, GATEWAY, TENANT, fleet.mqttUrl(), station.port(), "1s");
        gateway = GatewayRuntime.start(new RuntimeOptions(GatewayHome.bundles(), config, dir.resolve("data"), "e2e"));
        rest = new FleetRest(fleet.httpUrl());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(rest.docks(TENANT, GATEWAY, "station-1")).hasSize(12));
    }

    @AfterAll
    void stop() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        if (station != null) {
            station.close();
        }
    }

    @Test
    void every_docks_battery_charging_and_lock_in_rest_equal_the_simulator_within_two_poll_intervals() {
        station.pause();
        List<String> served = docksServedBySimulator();

        await().atMost(POLL.multipliedBy(2)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(docksInRest()).isEqualTo(served));
    }

    @Test
    void a_lock_change_in_the_simulator_shows_in_rest_within_two_poll_intervals() {
        station.pause();
        String before = station.station().dock(3).lock().label();
        String after = before.equals("fault") ? "locked" : "fault";

        station.station().setLock(3, after);

        await().atMost(POLL.multipliedBy(2)).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(docksInRest().get(2)).endsWith(after));
    }

    private List<String> docksInRest() throws Exception {
        List<String> out = new ArrayList<>();
        for (JsonNode d : rest.docks(TENANT, GATEWAY, "station-1")) {
            out.add(d.path("dock").asInt() + " " + d.path("vehiclePresent").asBoolean() + " "
                    + d.path("batteryLevel").asDouble() + " " + d.path("chargingState").asText() + " "
                    + d.path("lockState").asText());
        }
        return out;
    }

    /** What the simulator's registers hold for each dock, decoded as its profile says. */
    private List<String> docksServedBySimulator() {
        List<String> out = new ArrayList<>();
        for (int dock = 1; dock <= 12; dock++) {
            String prefix = String.format("dock%02d.", dock);
            out.add(dock + " " + station.device().read(prefix + "present") + " "
                    + ((Number) station.device().read(prefix + "battery")).doubleValue() + " "
                    + station.device().read(prefix + "charging") + " " + station.device().read(prefix + "lock"));
        }
        return out;
    }
}
