package org.misono.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misono.gateway.runtime.GatewayRuntime;
import org.misono.gateway.runtime.RuntimeOptions;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;

/** The gateway distribution boots in a real OSGi framework (Felix, SCR, ConfigAdmin, Metatype). */
class GatewayFrameworkTest {

    @TempDir
    Path dir;

    @Test
    void every_bundle_is_active_and_every_component_satisfied() throws Exception {
        Path config = GatewayHome.writeStationConfig(dir, "gw-boot", "city-a",
                "tcp://127.0.0.1:" + GatewayHome.freePort(), GatewayHome.freePort(), "1s");

        try (GatewayRuntime runtime = GatewayRuntime.start(new RuntimeOptions(GatewayHome.bundles(), config,
                dir.resolve("data"), "test"))) {
            assertThat(runtime.failedBundles()).isEmpty();
            for (Bundle bundle : runtime.bundleContext().getBundles()) {
                boolean fragment = bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
                assertThat(bundle.getState()).as(bundle.getSymbolicName())
                        .isEqualTo(fragment ? Bundle.RESOLVED : Bundle.ACTIVE);
            }
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                List<ScrComponents.Component> components = ScrComponents.of(runtime.bundleContext());
                assertThat(components).extracting(ScrComponents.Component::implementation).contains(
                        "org.misono.gateway.core.configfile.ConfigFileInstaller",
                        "org.misono.gateway.core.identity.GatewayIdentityComponent",
                        "org.misono.gateway.core.profiles.DirectoryProfileRepository",
                        "org.misono.uplink.mqtt.MqttUplink",
                        "org.misono.driver.modbus.ModbusDeviceComponent");
                assertThat(components).allSatisfy(c -> {
                    assertThat(c.configurations()).as(c.name() + " has a configuration").isPositive();
                    assertThat(c.healthy()).as(c.name() + " states " + c.states() + ", unsatisfied references "
                            + c.unsatisfiedReferences()).isTrue();
                });
            });
        }
    }

    @Test
    void a_broken_configuration_file_stops_the_gateway_instead_of_running_without_devices() throws Exception {
        Path config = GatewayHome.writeStationConfig(dir, "gw-broken", "city-a", "tcp://127.0.0.1:1", 1, "fast");

        try (GatewayRuntime runtime = GatewayRuntime.start(new RuntimeOptions(GatewayHome.bundles(), config,
                dir.resolve("data"), "test"))) {
            FrameworkEvent stopped = runtime.framework().waitForStop(20_000);

            assertThat(stopped.getType()).isEqualTo(FrameworkEvent.STOPPED);
            assertThat(runtime.framework().getState()).isEqualTo(Bundle.RESOLVED);
        }
    }
}
