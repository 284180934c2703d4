/**
 * Which read requests cover a profile's points in the fewest round trips the device allows. Gateways poll
 * by this plan; the vendor tool shows it, so a vendor sees the cost of a register layout.
 */
@Export
@Version("1.0.0")
package org.misono.profile.plan;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
