package org.misono.fleet.storage.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running by a fleet manager that was killed: it still holds the data directory, so
 * a new one could not start on it. Whether its owner is gone is told by the lock file the embedded server
 * keeps locked while its JVM lives.
 */
final class OrphanedPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final String LOCK_FILE = "epg-lock";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    private OrphanedPostgres() {
    }

    /** Stops the server running on {@code dataDirectory} if the process that started it is gone. */
    static void stopIfAny(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("the database in " + dataDirectory + " is in use by another "
                        + "running fleet manager; stop it or choose another --data-dir");
            }
            postmaster(pidFile).ifPresent(p -> stop(p, dataDirectory));
        } catch (IOException e) {
            throw new UncheckedIOException("could not check the database directory " + dataDirectory, e);
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    private static void stop(ProcessHandle postmaster, Path dataDirectory) {
        LOG.warn("Stopping PostgreSQL (pid {}) left running on {} by a fleet manager that did not shut down",
                postmaster.pid(), dataDirectory);
        postmaster.destroy();
        try {
            postmaster.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL (pid " + postmaster.pid() + ") left running on "
                    + dataDirectory + " did not stop within " + STOP_TIMEOUT.toSeconds() + " s; stop it by hand", e);
        }
    }
}
