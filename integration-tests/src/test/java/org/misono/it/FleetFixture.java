package org.misono.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.misono.fleet.server.FleetManager;
import org.misono.fleet.server.FleetManagerConfig;

/**
 * One fleet manager (embedded broker, embedded PostgreSQL) for the whole test run: starting one takes
 * seconds, and the tests keep apart by using their own gateway ids. Closed when the run ends.
 */
final class FleetFixture implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FleetManager.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Shared.class, k -> new Shared(), Shared.class).fleet;
    }

    private static final class Shared implements ExtensionContext.Store.CloseableResource {
        private final FleetManager fleet;

        Shared() {
            try {
                Path data = Files.createTempDirectory("misono-it-fleet");
                fleet = FleetManager.start(FleetManagerConfig.builder().httpPort(0).mqttPort(0).dataDir(data).build());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            fleet.close();
        }
    }
}
