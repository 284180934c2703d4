package org.misono.it;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.misono.release.ArtifactException;
import org.misono.release.ArtifactSignature;
import org.misono.release.BundleEntry;
import org.misono.release.Digests;
import org.misono.release.ReleaseArtifact;
import org.misono.release.ReleaseManifest;

/** Release artifacts for tests, made the way the release tool makes them. */
final class TestReleases {

    /** An artifact file with its hash and a signature. */
    record Artifact(Path file, String sha256, String signature) {
    }

    private TestReleases() {
    }

    /** A full release of every bundle in {@code bundles}, plus {@code extra} jars. */
    static Artifact full(Path out, String version, Path bundles, List<Path> extra, PrivateKey key)
            throws IOException, ArtifactException {
        List<Path> jars = new ArrayList<>(extra);
        try (Stream<Path> files = Files.list(bundles)) {
            jars.addAll(files.filter(p -> p.toString().endsWith(".jar")).sorted().toList());
        }
        List<BundleEntry> entries = new ArrayList<>();
        Map<String, Path> byName = new HashMap<>();
        for (Path jar : jars) {
            String name = jar.getFileName().toString();
            entries.add(new BundleEntry(name, name, "0", Digests.sha256(jar), Files.size(jar)));
            byName.put(name, jar);
        }
        ReleaseManifest manifest = new ReleaseManifest(ReleaseManifest.PRODUCT, version, ReleaseManifest.Kind.FULL,
                null, System.currentTimeMillis(), entries);
        ReleaseArtifact.write(out, manifest, byName);
        String sha = Digests.sha256(out);
        return new Artifact(out, sha, ArtifactSignature.sign(key, sha));
    }

    /** A bundle that can never resolve: it imports a package nothing exports. */
    static Path unresolvableBundle(Path dir) throws IOException {
        Manifest manifest = new Manifest();
        Attributes a = manifest.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.misono.test.unresolvable");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", "org.nowhere.missing");
        Path jar = dir.resolve("unresolvable-1.0.0.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
        return jar;
    }
}
