package org.misono.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.misono.fleet.server.FleetManager;
import org.misono.gateway.runtime.GatewayRuntime;
import org.misono.gateway.runtime.RuntimeOptions;
import org.misono.profile.DeviceProfile;
import org.misono.profile.catalogue.ProfileCatalogue;
import org.misono.profile.load.ProfileLoader;
import org.misono.sim.modbus.ModbusSimulator;

/** A gateway whose device is down keeps running, reports the readings BAD, and recovers by itself. */
@ExtendWith(FleetFixture.class)
class DeviceOutageTest {

    private static final String TENANT = "city-outage";
    private static final String GATEWAY = "gw-outage";

    @Test
    void readings_are_bad_while_the_station_is_down_and_good_again_when_it_comes_back(FleetManager fleet,
            @TempDir Path dir) throws Exception {
        int stationPort = GatewayHome.freePort();
        Path config = GatewayHome.writeStationConfig(dir, GATEWAY, TENANT, fleet.mqttUrl(), stationPort, "500ms");
        FleetRest rest = new FleetRest(fleet.httpUrl());
        DeviceProfile profile = ProfileCatalogue.fromClassPath(getClass().getClassLoader(), new ProfileLoader())
                .find("misono/mobility-station-12").orElseThrow();

        try (GatewayRuntime gateway = GatewayRuntime.start(new RuntimeOptions(GatewayHome.bundles(), config,
                dir.resolve("data"), "outage"))) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                JsonNode device = rest.device(TENANT, GATEWAY, "station-1");
                assertThat(device.path("online").asBoolean(true)).isFalse();
                assertThat(device.path("points")).filteredOn(p -> p.hasNonNull("quality"))
                        .hasSize(profile.readablePoints().size()).allSatisfy(p -> {
                    assertThat(p.path("quality").asText()).isEqualTo("BAD");
                    assertThat(p.path("reason").asText()).isEqualTo("connection refused by 127.0.0.1:" + stationPort);
                });
            });

            try (ModbusSimulator station = ModbusSimulator.builder(profile).port(stationPort).seed(3).start()) {
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                    JsonNode device = rest.device(TENANT, GATEWAY, "station-1");
                    assertThat(device.path("online").asBoolean(false)).isTrue();
                    assertThat(device.path("points")).filteredOn(p -> p.hasNonNull("quality"))
                            .hasSize(profile.readablePoints().size())
                            .allSatisfy(p -> assertThat(p.path("quality").asText()).isEqualTo("GOOD"));
                });
            }
        }
    }
}
