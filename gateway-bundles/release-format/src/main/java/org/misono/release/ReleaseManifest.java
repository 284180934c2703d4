package org.misono.release;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.util.List;

/**
 * What a release is: a product version and its bundles. A {@code full} release is the whole bundle set;
 * a {@code patch} adds or replaces bundles of the release named by {@code baseVersion}, so updating one
 * bundle does not mean shipping all of them.
 */
public record ReleaseManifest(String product, String version, Kind kind, String baseVersion, long createdAt,
        List<BundleEntry> bundles) {

    public static final String FILE = "release.json";
    public static final String PRODUCT = "misono-gateway";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public enum Kind { FULL, PATCH }

    public ReleaseManifest {
        bundles = List.copyOf(bundles);
    }

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReleaseManifest fromJson(byte[] json) throws ArtifactException {
        ReleaseManifest m;
        try {
            m = JSON.readValue(json, ReleaseManifest.class);
        } catch (IOException e) {
            throw new ArtifactException("the release manifest is not valid: " + e.getMessage(), e);
        }
        if (!PRODUCT.equals(m.product())) {
            throw new ArtifactException("the artifact is a release of '" + m.product() + "', not of " + PRODUCT);
        }
        if (!ReleaseVersion.isValid(m.version())) {
            throw new ArtifactException("the release version '" + m.version() + "' is not a version such as 1.2.0");
        }
        if (m.kind() == Kind.PATCH && !ReleaseVersion.isValid(m.baseVersion())) {
            throw new ArtifactException("a patch release must name the version it patches (baseVersion)");
        }
        if (m.bundles().isEmpty()) {
            throw new ArtifactException("the release holds no bundles");
        }
        return m;
    }
}
