/**
 * The device profile model: what a device type is, how it is reached and what each of its points means.
 * Instances are immutable and come from {@link org.misono.profile.load.ProfileLoader}.
 */
@Export
@Version("1.0.0")
package org.misono.profile;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
