package org.misono.release;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * Which release a gateway runs, which one is on trial, and how the last update ended. The launcher (outside
 * the OSGi framework) reads it to pick the bundles to boot; the update agent (inside) writes it. It lives
 * in {@code <data>/releases/state.properties} and is replaced atomically (write, fsync, rename), so a power
 * cut leaves either the old state or the new one, never half of each.
 *
 * @param committed the release known to be healthy; null for the factory release the gateway was installed with
 * @param pending the release on trial; null when none
 * @param trialBoots how often the pending release has been booted; a second boot means the first one died
 * @param trialDeadline epoch ms by which the pending release must confirm it is healthy
 * @param outcome how the last update ended; null before the first
 */
public record ReleaseState(String committed, String pending, int trialBoots, long trialDeadline, Outcome outcome) {

    public static final String FILE = "state.properties";

    /** The end of an update, reported to the fleet. */
    public record Outcome(String version, Result result, String reason, long at) {
    }

    public enum Result { COMMITTED, ROLLED_BACK }

    public static ReleaseState empty() {
        return new ReleaseState(null, null, 0, 0, null);
    }

    public static Path releasesDir(Path dataDir) {
        return dataDir.resolve("releases");
    }

    /** Where a staged release's bundles are. */
    public static Path bundlesOf(Path dataDir, String version) {
        return releasesDir(dataDir).resolve(version).resolve("bundles");
    }

    public static ReleaseState load(Path dataDir) throws IOException {
        return loadFrom(releasesDir(dataDir));
    }

    /**
     * The state kept in {@code dir}. The same trial-and-commit states serve other changes that must undo
     * themselves, e.g. remote configurations.
     */
    public static ReleaseState loadFrom(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        Outcome outcome = p.getProperty("outcome.version") == null ? null : new Outcome(
                p.getProperty("outcome.version"), Result.valueOf(p.getProperty("outcome.result")),
                p.getProperty("outcome.reason"), Long.parseLong(p.getProperty("outcome.at", "0")));
        return new ReleaseState(p.getProperty("committed"), p.getProperty("pending"),
                Integer.parseInt(p.getProperty("trial.boots", "0")), Long.parseLong(p.getProperty("trial.deadline", "0")),
                outcome);
    }

    public void save(Path dataDir) throws IOException {
        saveTo(releasesDir(dataDir));
    }

    public void saveTo(Path directory) throws IOException {
        Properties p = new Properties();
        put(p, "committed", committed);
        put(p, "pending", pending);
        p.setProperty("trial.boots", String.valueOf(trialBoots));
        p.setProperty("trial.deadline", String.valueOf(trialDeadline));
        if (outcome != null) {
            p.setProperty("outcome.version", outcome.version());
            p.setProperty("outcome.result", outcome.result().name());
            put(p, "outcome.reason", outcome.reason());
            p.setProperty("outcome.at", String.valueOf(outcome.at()));
        }
        Path dir = Files.createDirectories(directory);
        Path tmp = dir.resolve(FILE + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, "Misono trial state: written by the update agent, read at every start");
        }
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
            folder.force(true);
        } catch (IOException e) {
            // not every file system lets a directory be synced; the rename itself is atomic
        }
    }

    public ReleaseState startTrial(String version, long deadline) {
        return new ReleaseState(committed, version, 0, deadline, outcome);
    }

    public ReleaseState trialBooted() {
        return new ReleaseState(committed, pending, trialBoots + 1, trialDeadline, outcome);
    }

    public ReleaseState commit(long now) {
        return new ReleaseState(pending, null, 0, 0, new Outcome(pending, Result.COMMITTED, null, now));
    }

    public ReleaseState rollBack(String reason, long now) {
        return new ReleaseState(committed, null, 0, 0, new Outcome(pending, Result.ROLLED_BACK, reason, now));
    }

    private static void put(Properties p, String key, String value) {
        if (value != null) {
            p.setProperty(key, value);
        }
    }
}
