/**
 * Conversion between a point's Modbus registers and its value, as its profile describes: byte and
 * word order, bit fields, scale and offset, enumerations. Gateways decode with it; simulators encode.
 */
@Export
@Version("1.0.0")
package org.misono.profile.codec;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
