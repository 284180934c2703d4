/** A set of profiles found in a folder or on the class path, looked up by id or id@version. */
@Export
@Version("1.0.0")
package org.misono.profile.catalogue;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
