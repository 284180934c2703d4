/**
 * Loading and validating profile files. Every problem names the file, line, column and field, and
 * says what was expected, so a vendor can fix a profile without reading Java.
 */
@Export
@Version("1.0.0")
package org.misono.profile.load;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
