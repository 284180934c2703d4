package org.misono.gateway.api;

import java.util.List;

/**
 * Where drivers hand what they learn about devices. Calls return quickly and never throw for
 * a missing network: the uplink owns buffering and delivery.
 */
public interface Uplink {

    /** Announces a device and what its points mean, before its first readings. */
    void describe(DeviceEndpoint device);

    /** Readings of one device from one poll, in the order they were taken. */
    void readings(String deviceId, List<Reading> readings);

    /** A change in a device's condition. */
    void event(String deviceId, DeviceEvent event);

    /** The device is no longer served by this gateway. */
    void forget(String deviceId);
}
