package org.misono.release;

/** One bundle of a release: its file in the artifact, its OSGi identity, and its hash. */
public record BundleEntry(String file, String symbolicName, String version, String sha256, long size) {
}
