package org.misono.gateway.runtime;

import java.nio.file.Path;
import java.util.Map;

/**
 * What a gateway runtime starts from.
 *
 * @param bundlesDir every {@code .jar} in it is installed and started
 * @param configFile the gateway configuration file, or null to leave configuration to another agent
 * @param dataDir the framework's storage and the gateway's persistent state
 * @param firmwareVersion reported to the fleet manager
 * @param properties extra framework properties, e.g. for tests
 */
public record RuntimeOptions(Path bundlesDir, Path configFile, Path dataDir, String firmwareVersion,
        Map<String, String> properties) {

    public RuntimeOptions {
        properties = Map.copyOf(properties);
    }

    public RuntimeOptions(Path bundlesDir, Path configFile, Path dataDir, String firmwareVersion) {
        this(bundlesDir, configFile, dataDir, firmwareVersion, Map.of());
    }
}
