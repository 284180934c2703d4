/**
 * The native MQTT dialect between gateways and the fleet manager: topic names and payloads, as
 * documented in docs/mqtt-contract.md. Both sides use these types so they cannot drift apart.
 */
@Export
@Version("1.0.0")
package org.misono.contract;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
