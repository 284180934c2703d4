/** Asking a gateway to update itself, and hearing how it goes. */
@Export
@Version("1.0.0")
package org.misono.gateway.update.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
