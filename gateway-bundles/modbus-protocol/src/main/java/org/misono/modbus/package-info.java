/**
 * Modbus application protocol: function codes, exception codes, requests and responses as immutable
 * values, and their encoding as PDUs. Transport-independent; framing lives in {@code tcp} and {@code rtu}.
 */
@Export
@Version("1.0.0")
package org.misono.modbus;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
