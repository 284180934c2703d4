package org.misono.fleet.api.json;

import org.misono.fleet.core.model.DeviceState;

/** A device in its gateway's list. */
public record DeviceSummaryJson(String deviceId, String profile, String profileVersion, String deviceClass,
        String vendor, String model, String protocol, String endpoint, boolean online, String lastEvent,
        String lastEventReason, Long lastEventAt, Long describedAt) {

    public static DeviceSummaryJson of(DeviceState d) {
        return new DeviceSummaryJson(d.key().device(), d.profile(), d.profileVersion(), d.deviceClass(), d.vendor(),
                d.model(), d.protocol(), d.endpoint(), d.online(), d.lastEventType(), d.lastEventReason(),
                Times.millis(d.lastEventAt()), Times.millis(d.describedAt()));
    }
}
