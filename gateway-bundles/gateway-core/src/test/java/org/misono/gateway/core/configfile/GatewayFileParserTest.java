package org.misono.gateway.core.configfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GatewayFileParserTest {

    private static final Path BASE = Path.of("/opt/misono/conf");

    @Test
    void reads_a_complete_file_with_defaults_filled_in() throws Exception {
        GatewayFile file = GatewayFileParser.parse("gateway.yaml", """
                gateway: { id: gw-0001, tenant: city-a }
                profiles: ../profiles
                uplink:
                  broker: tcp://10.0.0.2:1883
                  username: gw-0001
                  password: s3cret
                devices:
                  - id: station-1
                    profile: misono/mobility-station-12
                    host: 10.0.0.7
                    port: 1502
                    pollInterval: 1s
                  - { id: meter-1, profile: misono/home-energy-meter, host: 10.0.0.8, unitId: 3, timeout: 750ms }
                """, BASE);

        assertThat(file.gatewayId()).isEqualTo("gw-0001");
        assertThat(file.tenant()).isEqualTo("city-a");
        assertThat(file.profilesDir()).isEqualTo(Path.of("/opt/misono/profiles"));
        assertThat(file.uplink().heartbeat()).isEqualTo(Duration.ofSeconds(30));
        assertThat(file.devices()).containsExactly(
                new ModbusTcpDevice("station-1", "misono/mobility-station-12", "10.0.0.7", 1502, null,
                        Duration.ofSeconds(1), null),
                new ModbusTcpDevice("meter-1", "misono/home-energy-meter", "10.0.0.8", 502, 3,
                        Duration.ofSeconds(5), Duration.ofMillis(750)));
    }

    @Test
    void names_line_and_field_of_every_problem_at_once() {
        assertThatThrownBy(() -> GatewayFileParser.parse("gateway.yaml", """
                gateway: { id: gw/1, tenant: city-a }
                uplink:
                  broker: 10.0.0.2
                devices:
                  - id: station-1
                    profile: misono/mobility-station-12
                    host: 10.0.0.7
                    port: 70000
                    polInterval: 1s
                  - id: station-1
                    profile: misono/mobility-station-12
                    pollInterval: fast
                """, BASE))
                .isInstanceOf(GatewayConfigException.class)
                .hasMessageContaining("gateway.yaml:1:16: gateway.id: is 'gw/1'; use letters, digits")
                .hasMessageContaining("gateway.yaml:3:11: uplink.broker: is '10.0.0.2'; expected a broker URL")
                .hasMessageContaining("gateway.yaml:8:11: devices[0].port: is 70000; expected a whole number from 1 to 65535")
                .hasMessageContaining("gateway.yaml:9:5: devices[0].polInterval: is not a known field")
                .hasMessageContaining("gateway.yaml:10:9: devices[1].id: repeats the device id 'station-1'")
                .hasMessageContaining("devices[1]: 'host' is missing")
                .hasMessageContaining("gateway.yaml:12:19: devices[1].pollInterval: is \"fast\"; expected a duration");
    }

    @Test
    void a_missing_uplink_is_reported_rather_than_defaulted() {
        assertThatThrownBy(() -> GatewayFileParser.parse("gateway.yaml", "gateway: { id: gw-1, tenant: t }\n", BASE))
                .hasMessageContaining("'uplink' is missing");
    }
}
