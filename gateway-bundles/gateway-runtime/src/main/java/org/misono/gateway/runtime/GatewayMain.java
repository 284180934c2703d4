package org.misono.gateway.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The gateway's command line: {@code misono-gateway --config conf/gateway.yaml}. */
@Command(name = "misono-gateway", mixinStandardHelpOptions = true, versionProvider = GatewayMain.Version.class,
        description = "Runs a Misono gateway: reads the devices named in the configuration file and publishes "
            + "their readings to the MQTT broker it names.",
        footer = {"", "Example:", "  misono-gateway --config conf/gateway.yaml",
            "", "Logs go to standard error; set -Dorg.slf4j.simpleLogger.defaultLogLevel=debug for more."})
public final class GatewayMain implements Callable<Integer> {

    @Option(names = {"-c", "--config"}, required = true, paramLabel = "FILE",
            description = "Gateway configuration file (YAML): gateway id, tenant, broker, devices.")
    private Path config;

    @Option(names = {"-b", "--bundles"}, paramLabel = "DIR", defaultValue = "bundles",
            description = "Folder with the gateway's OSGi bundles (default: ${DEFAULT-VALUE}).")
    private Path bundles;

    @Option(names = {"-d", "--data"}, paramLabel = "DIR", defaultValue = "var",
            description = "Folder for the gateway's state: buffered readings, framework cache (default: ${DEFAULT-VALUE}).")
    private Path data;

    public static void main(String[] args) {
        configureLogging();
        int code = new CommandLine(new GatewayMain()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(config)) {
            System.err.println("Configuration file " + config.toAbsolutePath() + " does not exist.");
            return 2;
        }
        if (!Files.isDirectory(bundles)) {
            System.err.println("Bundles folder " + bundles.toAbsolutePath() + " does not exist; pass --bundles.");
            return 2;
        }
        GatewayRuntime runtime = GatewayRuntime.start(new RuntimeOptions(bundles, config, data, Version.current()));
        AtomicBoolean asked = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            asked.set(true);
            try {
                runtime.close();
            } catch (Exception e) {
                System.err.println("Shutdown was not clean: " + e);
            }
        }, "misono-shutdown"));
        runtime.awaitStop();
        // the framework stopping by itself (e.g. on a broken configuration file) is a failure to report
        return asked.get() ? 0 : 1;
    }

    private static void configureLogging() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
        setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** The firmware version: the version of this jar, as the distribution was built. */
    static final class Version implements CommandLine.IVersionProvider {
        static String current() {
            String v = GatewayMain.class.getPackage().getImplementationVersion();
            return v != null ? v : "development";
        }

        @Override
        public String[] getVersion() {
            return new String[] {"misono-gateway " + current()};
        }
    }
}
