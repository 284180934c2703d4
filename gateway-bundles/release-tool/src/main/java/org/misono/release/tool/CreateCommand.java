package org.misono.release.tool;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.misono.release.ArtifactSignature;
import org.misono.release.BundleEntry;
import org.misono.release.Digests;
import org.misono.release.Ed25519Keys;
import org.misono.release.ReleaseArtifact;
import org.misono.release.ReleaseManifest;
import org.misono.release.ReleaseVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "create", description = "Builds a release artifact from a folder of bundles and signs it.")
final class CreateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--version", required = true, description = "The release version, e.g. 0.2.0.")
    private String version;

    @Option(names = "--bundles", required = true, paramLabel = "DIR", description = "Folder of the release's bundles.")
    private Path bundles;

    @Option(names = "--patch-of", paramLabel = "VERSION",
            description = "Make a patch of this release: only the given bundles, replacing those of the same name.")
    private String patchOf;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "Ed25519 signing key (PEM).")
    private Path key;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The artifact to write (.zip).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        if (!ReleaseVersion.isValid(version) || (patchOf != null && !ReleaseVersion.isValid(patchOf))) {
            spec.commandLine().getErr().println("versions look like 1.2.0 or 1.2.0-rc1");
            return 2;
        }
        if (!Files.isDirectory(bundles)) {
            spec.commandLine().getErr().println(bundles + " is not a folder of bundles");
            return 2;
        }
        List<BundleEntry> entries = new ArrayList<>();
        Map<String, Path> files = new HashMap<>();
        try (Stream<Path> jars = Files.list(bundles)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                String[] id = bundleIdentity(jar);
                if (id == null) {
                    spec.commandLine().getErr().println(jar + " is not an OSGi bundle (no Bundle-SymbolicName)");
                    return 1;
                }
                entries.add(new BundleEntry(jar.getFileName().toString(), id[0], id[1], Digests.sha256(jar),
                        Files.size(jar)));
                files.put(jar.getFileName().toString(), jar);
            }
        }
        ReleaseManifest manifest = new ReleaseManifest(ReleaseManifest.PRODUCT, version,
                patchOf == null ? ReleaseManifest.Kind.FULL : ReleaseManifest.Kind.PATCH, patchOf,
                System.currentTimeMillis(), entries);
        ReleaseArtifact.write(out, manifest, files);
        String sha = Digests.sha256(out);
        var privateKey = Ed25519Keys.readPrivate(key);
        String signature = ArtifactSignature.sign(privateKey, sha);
        Path pub = Path.of(key.toString().replaceAll("\\.pem$", ".pub.pem"));
        String keyId = Files.exists(pub) ? Ed25519Keys.keyId(Ed25519Keys.readPublic(pub)) : null;
        new SignatureFile(version, sha, Files.size(out), signature, keyId).write(SignatureFile.beside(out));
        spec.commandLine().getOut().printf("%s: release %s (%s), %d bundles, %d bytes%nsha256    %s%nsignature %s%n",
                out, version, manifest.kind().name().toLowerCase(), entries.size(), Files.size(out), sha, signature);
        return 0;
    }

    private static String[] bundleIdentity(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getManifest() == null) {
                return null;
            }
            String bsn = file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            String v = file.getManifest().getMainAttributes().getValue("Bundle-Version");
            return bsn == null ? null : new String[] {bsn.split(";")[0].trim(), v == null ? "0.0.0" : v};
        }
    }
}
