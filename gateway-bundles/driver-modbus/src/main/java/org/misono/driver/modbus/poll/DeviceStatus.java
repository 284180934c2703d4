package org.misono.driver.modbus.poll;

import java.util.Optional;
import org.misono.gateway.api.DeviceEvent;

/**
 * Whether a device answers, turned into one event per change. A device that keeps failing produces one
 * offline event, not one per poll; an operator hears about it once, and again when it is back.
 */
final class DeviceStatus {

    private Boolean online;
    private String reason;

    /** Why the device does not answer; empty while it does. Before the first poll: "not polled yet". */
    synchronized Optional<String> silence() {
        if (online == null) {
            return Optional.of("not polled yet");
        }
        return online ? Optional.empty() : Optional.of(reason);
    }

    synchronized Optional<DeviceEvent> answered(long now) {
        if (Boolean.TRUE.equals(online)) {
            return Optional.empty();
        }
        online = true;
        return Optional.of(new DeviceEvent(DeviceEvent.Type.ONLINE, null, now));
    }

    synchronized Optional<DeviceEvent> silent(String reason, long now) {
        this.reason = reason;
        if (Boolean.FALSE.equals(online)) {
            return Optional.empty();
        }
        online = false;
        return Optional.of(new DeviceEvent(DeviceEvent.Type.OFFLINE, reason, now));
    }
}
