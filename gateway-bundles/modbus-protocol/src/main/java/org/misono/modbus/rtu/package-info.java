/**
 * Modbus RTU framing: unit address, PDU and CRC-16, for serial lines and RTU-over-TCP gateways.
 */
@Export
@Version("1.0.0")
package org.misono.modbus.rtu;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
