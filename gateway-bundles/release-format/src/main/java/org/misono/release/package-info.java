/**
 * Firmware releases: a release is a versioned set of bundles in a signed artifact; a gateway keeps the
 * releases it has staged and a small state file saying which one it runs, which one is on trial, and how
 * the last update ended.
 */
@Export
@Version("1.0.0")
package org.misono.release;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
