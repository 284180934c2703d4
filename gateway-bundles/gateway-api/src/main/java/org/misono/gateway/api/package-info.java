/**
 * What the gateway's bundles share: readings with their quality, device events, and the services
 * drivers use to hand them on ({@link org.misono.gateway.api.Uplink}) and to find profiles
 * ({@link org.misono.gateway.api.ProfileRepository}).
 */
@Export
@Version("1.0.0")
package org.misono.gateway.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
