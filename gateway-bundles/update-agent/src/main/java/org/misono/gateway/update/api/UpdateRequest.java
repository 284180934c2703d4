package org.misono.gateway.update.api;

import java.net.URI;
import java.util.Objects;

/**
 * An update to a release.
 *
 * @param artifact where to download the signed release artifact (HTTP or HTTPS; resumed with ranges)
 * @param sha256 the artifact's SHA-256, hex, as the fleet manager's repository recorded it
 * @param signature Ed25519 signature of that SHA-256, Base64
 * @param size the artifact's size in bytes, for progress; 0 if unknown
 * @param allowDowngrade whether an older release than the running one may be installed
 */
public record UpdateRequest(String version, URI artifact, String sha256, String signature, long size,
        boolean allowDowngrade) {

    public UpdateRequest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(sha256, "sha256");
    }
}
