package org.misono.fleet.campaign;

/** What a campaign rolls out. */
public sealed interface Change {

    /** The version the gateways end up at, e.g. a release 0.2.0 or configuration v12. */
    String version();

    /**
     * A release artifact from the repository.
     *
     * @param artifactUrl where gateways download it (HTTP range requests)
     */
    record Release(String version, String artifactUrl, String sha256, String signature, long size,
            boolean allowDowngrade) implements Change {
    }

    /** A whole-gateway configuration document (the gateway.yaml format). */
    record Configuration(String version, String document) implements Change {
    }
}
