package org.misono.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/** The gateway distribution unpacked by the build, and configuration files for it. */
final class GatewayHome {

    private GatewayHome() {
    }

    static Path home() {
        String home = System.getProperty("misono.gateway.home");
        if (home == null || !Files.isDirectory(Path.of(home))) {
            throw new IllegalStateException("the gateway distribution is not unpacked at " + home
                    + "; run the tests through Maven (mvn verify), which unpacks it first");
        }
        return Path.of(home);
    }

    static Path bundles() {
        return home().resolve("bundles");
    }

    static Path profiles() {
        return home().resolve("profiles");
    }

    /** A gateway configuration with one station, written into {@code dir}. */
    static Path writeStationConfig(Path dir, String gatewayId, String tenant, String brokerUrl, int stationPort,
            String pollInterval) {
        String yaml = """
                gateway: { id: %s, tenant: %s }
                profiles: %s
                uplink:
                  broker: %s
                  heartbeat: 2s
                devices:
                  - id: station-1
                    profile: misono/mobility-station-12
                    host: 127.0.0.1
                    port: %d
                    pollInterval: %s
                    timeout: 500ms
                """.formatted(gatewayId, tenant, profiles(), brokerUrl, stationPort, pollInterval);
        try {
            Files.createDirectories(dir);
            return Files.writeString(dir.resolve("gateway.yaml"), yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
