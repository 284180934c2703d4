package org.misono.gateway.core.configfile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.misono.release.ReleaseState;

/**
 * Remote configuration documents on the gateway's disk ({@code <data>/config}): each version's text, and
 * which one is kept and which one is on trial, in the same power-safe state file releases use.
 */
final class ConfigurationStore {

    private final Path dir;

    ConfigurationStore(Path dataDir) {
        this.dir = dataDir.resolve("config");
    }

    ReleaseState state() throws IOException {
        return ReleaseState.loadFrom(dir);
    }

    void save(ReleaseState state) throws IOException {
        state.saveTo(dir);
    }

    void write(String version, String text) throws IOException {
        Files.createDirectories(dir);
        Path tmp = dir.resolve(fileName(version) + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, dir.resolve(fileName(version)), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    String read(String version) throws IOException {
        return Files.readString(dir.resolve(fileName(version)), StandardCharsets.UTF_8);
    }

    boolean has(String version) {
        return Files.isRegularFile(dir.resolve(fileName(version)));
    }

    private static String fileName(String version) {
        return version.replaceAll("[^A-Za-z0-9._-]", "_") + ".yaml";
    }
}
