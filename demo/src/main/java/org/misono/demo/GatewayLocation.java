package org.misono.demo;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the gateway distribution the build unpacked beside the demo jar. */
final class GatewayLocation {

    private GatewayLocation() {
    }

    static Path find() throws IOException, URISyntaxException {
        Path jarDir = Path.of(DemoMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        Path unpacked = jarDir.resolve("gateway");
        Optional<Path> home = Files.isDirectory(unpacked) ? first(unpacked) : Optional.empty();
        return home.orElseThrow(() -> new IOException("no gateway distribution in " + unpacked
                + "; build it first: mvn -DskipTests package"));
    }

    private static Optional<Path> first(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> Files.isDirectory(p.resolve("bundles"))).findFirst();
        }
    }
}
