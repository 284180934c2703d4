package org.misono.gateway.update.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.misono.release.ArtifactException;
import org.misono.release.BundleEntry;
import org.misono.release.ReleaseArtifact;
import org.misono.release.ReleaseManifest;
import org.misono.release.ReleaseState;

/**
 * Lays a verified release out as {@code <data>/releases/<version>/bundles}, the folder the launcher boots.
 * It is built under a temporary name and renamed into place last, so a power cut never leaves a release
 * that looks complete but is not. A patch release is the running release with the patch's bundles
 * replacing those of the same symbolic name.
 */
final class ReleaseStager {

    private final Path dataDir;

    ReleaseStager(Path dataDir) {
        this.dataDir = dataDir;
    }

    void stage(Path artifact, ReleaseManifest manifest, Path runningBundles, String runningVersion)
            throws IOException, ArtifactException {
        if (manifest.kind() == ReleaseManifest.Kind.PATCH && !manifest.baseVersion().equals(runningVersion)) {
            throw new ArtifactException("release " + manifest.version() + " patches " + manifest.baseVersion()
                    + ", but this gateway runs " + runningVersion);
        }
        Path releases = Files.createDirectories(ReleaseState.releasesDir(dataDir));
        Path staging = releases.resolve(manifest.version() + ".staging");
        deleteTree(staging);
        Path bundles = Files.createDirectories(staging.resolve("bundles"));
        if (manifest.kind() == ReleaseManifest.Kind.PATCH) {
            copyUnreplaced(runningBundles, bundles, manifest);
        }
        Map<String, Path> extracted = ReleaseArtifact.extractBundles(artifact, staging.resolve("new"));
        for (Path jar : extracted.values()) {
            Files.move(jar, bundles.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        deleteTree(staging.resolve("new"));
        Path target = releases.resolve(manifest.version());
        deleteTree(target);
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void copyUnreplaced(Path from, Path to, ReleaseManifest patch) throws IOException {
        Set<String> replaced = patch.bundles().stream().map(BundleEntry::symbolicName).collect(Collectors.toSet());
        try (Stream<Path> jars = Files.list(from)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                if (!replaced.contains(symbolicName(jar))) {
                    Files.copy(jar, to.resolve(jar.getFileName()));
                }
            }
        }
    }

    static String symbolicName(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            String bsn = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            return bsn == null ? jar.getFileName().toString() : bsn.split(";")[0].trim();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
