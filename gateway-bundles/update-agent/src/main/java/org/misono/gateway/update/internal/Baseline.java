package org.misono.gateway.update.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.misono.release.ReleaseState;

/**
 * What was wrong with the gateway just before it switched releases, kept on disk across the restart, so the
 * new release is judged only on what it breaks, not on a device that was already switched off.
 */
final class Baseline {

    private static final String FILE = "baseline.txt";

    private Baseline() {
    }

    static void write(Path dataDir, List<HealthCheck.Problem> problems) throws IOException {
        Path dir = Files.createDirectories(ReleaseState.releasesDir(dataDir));
        Files.write(dir.resolve(FILE), problems.stream().map(HealthCheck.Problem::key).toList());
    }

    static Set<String> read(Path dataDir) throws IOException {
        Path file = ReleaseState.releasesDir(dataDir).resolve(FILE);
        return Files.exists(file) ? new HashSet<>(Files.readAllLines(file)) : Set.of();
    }
}
