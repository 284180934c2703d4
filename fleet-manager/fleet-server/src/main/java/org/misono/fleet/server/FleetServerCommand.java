package org.misono.fleet.server;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code fleet-manager}: runs the fleet manager until it is stopped (Ctrl-C or SIGTERM). */
@Command(name = "fleet-manager", mixinStandardHelpOptions = true, version = "Misono fleet manager 0.1.0",
        description = "Records every gateway of every tenant as it reports over MQTT and serves the fleet "
                + "over a REST API and a live dashboard.",
        sortOptions = false)
public final class FleetServerCommand implements Callable<Integer> {

    private static final String LOGBACK_CONFIG = "logback.configurationFile";

    @Spec
    CommandSpec spec;

    @Option(names = "--http-port", defaultValue = "8080", description = "Dashboard and API port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int httpPort;

    @Option(names = "--http-host", defaultValue = "127.0.0.1", description = "Address the dashboard and API listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 = every interface).")
    String httpHost;

    @Option(names = "--mqtt-port", defaultValue = "1883", description = "Port of the embedded MQTT broker (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int mqttPort;

    @Option(names = "--mqtt-bind", defaultValue = "0.0.0.0", description = "Address the embedded MQTT broker listens on (default: ${DEFAULT-VALUE}).")
    String mqttBind;

    @Option(names = "--mqtt-url", description = "Use this MQTT broker instead of the embedded one, e.g. tcp://broker:1883.")
    String mqttUrl;

    @Option(names = "--mqtt-client-id", defaultValue = "misono-fleet-manager", description = "Client id at the broker (default: ${DEFAULT-VALUE}); unique per fleet manager.")
    String mqttClientId;

    @Option(names = "--jdbc-url", description = "Use this PostgreSQL database instead of the embedded one, e.g. jdbc:postgresql://db:5432/fleet.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", description = "User for --jdbc-url.")
    String jdbcUser;

    @Option(names = "--jdbc-password", description = "Password for --jdbc-url (or set FLEET_JDBC_PASSWORD).",
            defaultValue = "${env:FLEET_JDBC_PASSWORD}")
    String jdbcPassword;

    @Option(names = "--data-dir", defaultValue = "var/fleet", description = "Where the embedded database and broker keep their data (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--heartbeat-misses", defaultValue = "3", description = "Heartbeats a gateway may miss before it is shown offline (default: ${DEFAULT-VALUE}).")
    int heartbeatMisses;

    public static void main(String[] args) {
        // HiveMQ's jar brings a logback.xml of its own; name ours so logback does not pick by classpath order
        if (System.getProperty(LOGBACK_CONFIG) == null) {
            System.setProperty(LOGBACK_CONFIG, "fleet-logback.xml");
        }
        System.exit(new CommandLine(new FleetServerCommand()).execute(args));
    }

    FleetManagerConfig config() {
        return FleetManagerConfig.builder()
                .httpHost(httpHost).httpPort(httpPort)
                .mqttBindAddress(mqttBind).mqttPort(mqttPort).mqttUrl(mqttUrl).mqttClientId(mqttClientId)
                .jdbcUrl(jdbcUrl).jdbcUser(jdbcUser).jdbcPassword(jdbcPassword)
                .dataDir(dataDir)
                .heartbeatMisses(heartbeatMisses)
                .build();
    }

    @Override
    public Integer call() throws InterruptedException {
        FleetManagerConfig config;
        try {
            config = config();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        FleetManager fm = FleetManager.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            fm.close();
            stopped.countDown();
        }, "fleet-shutdown"));
        stopped.await();
        return 0;
    }
}
