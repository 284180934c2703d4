package org.misono.gateway.core.configfile;

import java.util.Dictionary;

/**
 * One device of the configuration file, as the Configuration Admin factory configuration its driver
 * reads. Each protocol contributes its own kind of entry.
 */
public interface DeviceConfig {

    String id();

    /** The factory PID of the driver that serves this kind of device. */
    String factoryPid();

    /** The configuration properties, with keys as in the driver's metatype. */
    Dictionary<String, Object> properties();
}
