package org.misono.gateway.update.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import org.misono.release.ArtifactException;
import org.misono.release.ArtifactSignature;
import org.misono.release.Digests;
import org.misono.release.ReleaseArtifact;
import org.misono.release.ReleaseManifest;
import org.misono.release.ReleaseVersion;

/**
 * Decides whether a downloaded artifact may be installed: signed by a trusted key, the file the signature
 * covers, the release it claims to be, and not older than what runs unless a downgrade was asked for.
 */
final class ArtifactVerifier {

    private final List<PublicKey> trusted;

    ArtifactVerifier(List<PublicKey> trusted) {
        this.trusted = List.copyOf(trusted);
    }

    /** Checks that can be made before downloading anything. */
    void checkRequest(String version, String signature, String running, boolean allowDowngrade)
            throws ArtifactException {
        if (signature == null || signature.isBlank()) {
            throw new ArtifactException("the update is not signed; this gateway installs only signed releases");
        }
        if (trusted.isEmpty()) {
            throw new ArtifactException("this gateway trusts no release key (conf/trusted-keys is empty), "
                    + "so it installs no updates");
        }
        if (!ReleaseVersion.isValid(version)) {
            throw new ArtifactException("'" + version + "' is not a release version such as 1.2.0");
        }
        if (ReleaseVersion.isValid(running) && ReleaseVersion.parse(version).compareTo(ReleaseVersion.parse(running)) < 0
                && !allowDowngrade) {
            throw new ArtifactException(version + " is older than the running " + running
                    + "; a downgrade must be asked for explicitly");
        }
    }

    /** Checks of the downloaded file; returns its manifest. */
    ReleaseManifest checkArtifact(Path artifact, String version, String sha256, String signature)
            throws IOException, ArtifactException {
        String actual = Digests.sha256(artifact);
        if (!actual.equals(sha256)) {
            throw new ArtifactException("the artifact's SHA-256 is " + actual + ", not the " + sha256 + " it was sent as");
        }
        if (ArtifactSignature.verify(trusted, sha256, signature).isEmpty()) {
            throw new ArtifactException("the signature does not verify with any trusted key: the artifact was "
                    + "tampered with or signed by a key this gateway does not trust");
        }
        ReleaseManifest manifest = ReleaseArtifact.manifest(artifact);
        if (!manifest.version().equals(version)) {
            throw new ArtifactException("the artifact holds release " + manifest.version() + ", not " + version);
        }
        return manifest;
    }
}
