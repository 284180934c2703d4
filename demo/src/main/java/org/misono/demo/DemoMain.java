package org.misono.demo;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.misono.fleet.server.FleetManager;
import org.misono.fleet.server.FleetManagerConfig;
import org.misono.gateway.runtime.GatewayRuntime;
import org.misono.gateway.runtime.RuntimeOptions;
import org.misono.profile.DeviceProfile;
import org.misono.profile.catalogue.ProfileCatalogue;
import org.misono.profile.load.ProfileLoader;
import org.misono.sim.modbus.ModbusSimulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The whole system on one machine: the fleet manager (embedded broker and database), two simulated
 * mobility stations and a home meter over Modbus TCP, and a gateway running the shipped bundles in its
 * OSGi framework, polling the simulators and reporting to the fleet manager.
 */
@Command(name = "misono-demo", mixinStandardHelpOptions = true,
        description = "Runs the Misono demo: fleet manager, simulated devices and a gateway, until Ctrl-C.")
public final class DemoMain implements Callable<Integer> {

    private static final String TENANT = "demo-city";
    private static final String GATEWAY = "gw-0001";

    @Option(names = "--http-port", defaultValue = "8080", description = "Dashboard and REST API port (default: ${DEFAULT-VALUE}).")
    private int httpPort;

    @Option(names = "--mqtt-port", defaultValue = "1883", description = "Embedded MQTT broker port (default: ${DEFAULT-VALUE}).")
    private int mqttPort;

    @Option(names = "--device-port", defaultValue = "1502",
            description = "First Modbus TCP port of the simulators; they take this and the next two (default: ${DEFAULT-VALUE}).")
    private int devicePort;

    @Option(names = "--data", defaultValue = "var/demo", description = "Folder for the demo's state (default: ${DEFAULT-VALUE}).")
    private Path data;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the simulators (default: ${DEFAULT-VALUE}).")
    private long seed;

    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    public static void main(String[] args) {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "demo-logback.xml");
        }
        System.exit(new CommandLine(new DemoMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "misono-demo-shutdown"));
        try {
            Path gatewayHome = GatewayLocation.find();
            ProfileCatalogue catalogue = ProfileCatalogue.fromClassPath(getClass().getClassLoader(), new ProfileLoader());
            DeviceProfile station = catalogue.find("misono/mobility-station-12").orElseThrow();
            DeviceProfile meter = catalogue.find("misono/home-energy-meter").orElseThrow();

            FleetManager fleet = keep(FleetManager.start(FleetManagerConfig.builder()
                    .httpPort(httpPort).mqttPort(mqttPort).dataDir(data.resolve("fleet")).build()));
            keep(ModbusSimulator.builder(station).port(devicePort).seed(seed).start());
            keep(ModbusSimulator.builder(station).port(devicePort + 1).seed(seed + 1).start());
            keep(ModbusSimulator.builder(meter).port(devicePort + 2).seed(seed + 2).start());

            Path config = writeGatewayConfig(gatewayHome, fleet.mqttUrl());
            keep(GatewayRuntime.start(new RuntimeOptions(gatewayHome.resolve("bundles"), config,
                    data.resolve("gateway"), version())));

            printBanner(fleet, config);
            new CountDownLatch(1).await();
            return 0;
        } catch (Exception e) {
            if (!causedBy(e, BindException.class)) {
                throw e;
            }
            System.err.println("A port the demo needs is taken: " + e.getMessage());
            System.err.println("Stop what uses it, or pick others: --http-port, --mqtt-port, --device-port.");
            return 2;
        }
    }

    private Path writeGatewayConfig(Path gatewayHome, String brokerUrl) throws IOException {
        Path dir = Files.createDirectories(data.resolve("gateway"));
        String yaml = """
                # written by the demo; a real gateway's file looks the same (see conf/gateway.yaml)
                gateway: { id: %s, tenant: %s }
                profiles: %s
                uplink:
                  broker: %s
                  heartbeat: 10s
                devices:
                  - { id: station-1, profile: misono/mobility-station-12, host: 127.0.0.1, port: %d, pollInterval: 1s }
                  - { id: station-2, profile: misono/mobility-station-12, host: 127.0.0.1, port: %d, pollInterval: 1s }
                  - { id: meter-1, profile: misono/home-energy-meter, host: 127.0.0.1, port: %d, pollInterval: 2s }
                """.formatted(GATEWAY, TENANT, gatewayHome.resolve("profiles").toAbsolutePath(), brokerUrl, devicePort,
                devicePort + 1, devicePort + 2);
        return Files.writeString(dir.resolve("gateway.yaml"), yaml);
    }

    private void printBanner(FleetManager fleet, Path config) {
        String url = "http://localhost:" + fleet.httpPort() + "/";
        System.out.println();
        System.out.println("  Misono demo is running.");
        System.out.println("  Dashboard:   " + url);
        System.out.println("  REST API:    " + url + "api/v1/tenants/" + TENANT + "/gateways");
        System.out.println("  MQTT broker: " + fleet.mqttUrl());
        System.out.println("  Gateway:     " + GATEWAY + " (tenant " + TENANT + "), configuration " + config.toAbsolutePath());
        System.out.println("  Devices:     stations on ports " + devicePort + " and " + (devicePort + 1)
                + ", meter on " + (devicePort + 2) + " (Modbus TCP)");
        System.out.println("  Stop with Ctrl-C.");
        System.out.println();
    }

    /** The release the demo was built from; the gateway reports it as its firmware. */
    private static String version() {
        String v = DemoMain.class.getPackage().getImplementationVersion();
        return v != null ? v : "development";
    }

    private <T extends AutoCloseable> T keep(T part) {
        running.push(part);
        return part;
    }

    private static boolean causedBy(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private void stopAll() {
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                System.err.println("Stopping a part of the demo failed: " + e);
            }
        }
    }
}
