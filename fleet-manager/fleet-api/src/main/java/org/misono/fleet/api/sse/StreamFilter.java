package org.misono.fleet.api.sse;

import org.misono.fleet.core.event.FleetEvent;
import org.misono.fleet.core.event.FleetEvent.DeviceChanged;
import org.misono.fleet.core.event.FleetEvent.PointsUpdated;

/** Which events a stream client asked for; a null part matches anything. */
record StreamFilter(String tenant, String gateway, String device) {

    boolean matches(FleetEvent event) {
        if (tenant != null && !tenant.equals(event.gateway().tenant())) {
            return false;
        }
        if (gateway != null && !gateway.equals(event.gateway().gateway())) {
            return false;
        }
        if (device == null) {
            return true;
        }
        if (event instanceof PointsUpdated p) {
            return device.equals(p.device().device());
        }
        if (event instanceof DeviceChanged d) {
            return device.equals(d.device().device());
        }
        return true; // the status of the device's gateway concerns a watcher of the device too
    }
}
