package org.misono.release;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * The artifact file: a zip holding {@code release.json} and {@code bundles/<file>} for every bundle
 * it lists. Nothing else in the zip is extracted, and every bundle must match its listed hash and size.
 */
public final class ReleaseArtifact {

    private static final String BUNDLES = "bundles/";

    private ReleaseArtifact() {
    }

    /** Writes an artifact with the manifest and the given bundle files (keyed by their manifest file name). */
    public static void write(Path out, ReleaseManifest manifest, Map<String, Path> bundleFiles) throws IOException {
        try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.putNextEntry(new ZipEntry(ReleaseManifest.FILE));
            zip.write(manifest.toJson());
            zip.closeEntry();
            for (BundleEntry b : manifest.bundles()) {
                zip.putNextEntry(new ZipEntry(BUNDLES + b.file()));
                Files.copy(bundleFiles.get(b.file()), zip);
                zip.closeEntry();
            }
        }
    }

    public static ReleaseManifest manifest(Path artifact) throws IOException, ArtifactException {
        try (ZipFile zip = open(artifact)) {
            ZipEntry entry = zip.getEntry(ReleaseManifest.FILE);
            if (entry == null) {
                throw new ArtifactException("the artifact has no " + ReleaseManifest.FILE);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return ReleaseManifest.fromJson(in.readAllBytes());
            }
        }
    }

    /**
     * Extracts the listed bundles into {@code dir} (created), checking each one's hash and size.
     *
     * @return bundle file name to extracted path
     */
    public static Map<String, Path> extractBundles(Path artifact, Path dir) throws IOException, ArtifactException {
        ReleaseManifest manifest = manifest(artifact);
        Files.createDirectories(dir);
        Map<String, Path> out = new HashMap<>();
        try (ZipFile zip = open(artifact)) {
            for (BundleEntry b : manifest.bundles()) {
                if (b.file().contains("/") || b.file().contains("\\") || b.file().startsWith(".")) {
                    throw new ArtifactException("bundle file name '" + b.file() + "' is not a plain file name");
                }
                ZipEntry entry = zip.getEntry(BUNDLES + b.file());
                if (entry == null) {
                    throw new ArtifactException("the manifest lists " + b.file() + " but the artifact lacks it");
                }
                Path target = dir.resolve(b.file());
                try (InputStream in = zip.getInputStream(entry)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                String sha = Digests.sha256(target);
                if (!sha.equals(b.sha256()) || Files.size(target) != b.size()) {
                    throw new ArtifactException(b.file() + " does not match the manifest (sha256 " + sha + ", "
                            + Files.size(target) + " bytes; expected " + b.sha256() + ", " + b.size() + " bytes)");
                }
                out.put(b.file(), target);
            }
        }
        return out;
    }

    private static ZipFile open(Path artifact) throws ArtifactException {
        try {
            return new ZipFile(artifact.toFile());
        } catch (IOException e) {
            throw new ArtifactException("the artifact is not a readable zip: " + e.getMessage(), e);
        }
    }
}
