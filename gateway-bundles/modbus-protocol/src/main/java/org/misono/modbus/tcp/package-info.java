/**
 * Modbus TCP: MBAP framing, a pipelining client and a small server for simulators and tests.
 */
@Export
@Version("1.0.0")
package org.misono.modbus.tcp;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
