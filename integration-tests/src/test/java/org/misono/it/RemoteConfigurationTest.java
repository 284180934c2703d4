package org.misono.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misono.gateway.runtime.GatewayRuntime;
import org.misono.gateway.runtime.RuntimeOptions;
import org.misono.profile.DeviceProfile;
import org.misono.profile.catalogue.ProfileCatalogue;
import org.misono.profile.load.ProfileLoader;
import org.misono.release.ReleaseState;
import org.misono.sim.modbus.ModbusSimulator;

/**
 * Remote configuration of a gateway in its OSGi framework: a good change is kept across restarts, a change
 * that breaks a working device undoes itself, and a malformed one never touches the running configuration.
 */
class RemoteConfigurationTest {

    private static final Duration DECISION = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private ModbusSimulator station;
    private GatewayRuntime gateway;
    private Path config;
    private Path data;

    @BeforeEach
    void start() throws Exception {
        DeviceProfile profile = ProfileCatalogue.fromClassPath(getClass().getClassLoader(), new ProfileLoader())
                .find("misono/mobility-station-12").orElseThrow();
        station = ModbusSimulator.builder(profile).port(0).seed(5).start();
        config = GatewayHome.writeStationConfig(dir, "gw-conf", "city-a",
                "tcp://127.0.0.1:" + GatewayHome.freePort(), station.port(), "1s");
        Files.writeString(config, "updates: { trialWindow: 30s, healthyFor: 2s }\n",
                java.nio.file.StandardOpenOption.APPEND);
        data = dir.resolve("data");
        gateway = GatewayRuntime.start(new RuntimeOptions(GatewayHome.bundles(), config, data, "0.1.0"));
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
        station.close();
    }

    @Test
    void a_good_configuration_is_kept_and_survives_a_restart() throws Exception {
        List<String> progress = configure("v2", document(station.port(), "2s"));

        await().atMost(DECISION).until(() -> progress.stream().anyMatch(p -> p.startsWith("COMMITTED")));
        assertThat(running()).isEqualTo("v2");

        gateway.close();
        gateway = GatewayRuntime.start(new RuntimeOptions(GatewayHome.bundles(), config, data, "0.1.0"));
        await().atMost(DECISION).untilAsserted(() -> assertThat(running()).isEqualTo("v2"));
    }

    @Test
    void a_configuration_that_breaks_a_working_device_is_reverted_by_the_gateway_itself() throws Exception {
        List<String> progress = configure("v3", document(GatewayHome.freePort(), "1s"));

        await().atMost(DECISION).until(() -> progress.stream().anyMatch(p -> p.startsWith("ROLLED_BACK")));
        assertThat(progress).anyMatch(p -> p.startsWith("INSTALLING"));
        assertThat(progress).filteredOn(p -> p.startsWith("ROLLED_BACK")).singleElement().asString()
                .contains("device station-1: no answer: connection refused");
        assertThat(running()).isEqualTo("local");
        assertThat(ReleaseState.loadFrom(data.resolve("config")).outcome().result())
                .isEqualTo(ReleaseState.Result.ROLLED_BACK);
    }

    @Test
    void a_malformed_configuration_is_refused_with_field_and_reason_and_changes_nothing() throws Exception {
        String broken = document(station.port(), "1s").replace("profile: misono/mobility-station-12",
                "profile: acme/unknown-station").replace("pollInterval:", "polInterval:");

        List<String> progress = configure("v4", broken);

        await().atMost(DECISION).until(() -> !progress.isEmpty());
        assertThat(progress).singleElement().asString().startsWith("REFUSED")
                .contains("devices[0].polInterval: is not a known field");
        List<String> unknownProfile = configure("v5", document(station.port(), "1s")
                .replace("misono/mobility-station-12", "acme/unknown-station"));
        await().atMost(DECISION).until(() -> !unknownProfile.isEmpty());
        assertThat(unknownProfile).singleElement().asString()
                .contains("device station-1 needs profile 'acme/unknown-station', which this gateway does not have");
        assertThat(running()).isEqualTo("local");
    }

    private String document(int stationPort, String pollInterval) throws Exception {
        String current = Files.readString(config);
        return current.replaceAll("port: \\d+", "port: " + stationPort)
                .replaceAll("pollInterval: \\S+", "pollInterval: " + pollInterval);
    }

    private List<String> configure(String version, String document) throws Exception {
        List<String> progress = new CopyOnWriteArrayList<>();
        Consumer<Object> listener = p -> progress.add(FrameworkService.describeProgress(p));
        FrameworkService.of(gateway.bundleContext(), "org.misono.gateway.update.api.ConfigurationService")
                .call("configure", version, document, listener);
        return progress;
    }

    private String running() throws Exception {
        return (String) FrameworkService.of(gateway.bundleContext(),
                "org.misono.gateway.update.api.ConfigurationService").call("runningConfiguration");
    }
}
