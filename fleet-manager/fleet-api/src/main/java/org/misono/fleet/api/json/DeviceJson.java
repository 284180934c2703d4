package org.misono.fleet.api.json;

import java.util.List;
import org.misono.fleet.core.model.DeviceState;

/** A device's description and the latest state of each of its points. */
public record DeviceJson(String deviceId, String gatewayId, String tenant, String profile, String profileVersion,
        String deviceClass, String vendor, String model, String protocol, String endpoint, boolean online,
        String lastEvent, String lastEventReason, Long lastEventAt, Long describedAt, List<PointJson> points) {

    public static DeviceJson of(DeviceState d, List<PointJson> points) {
        return new DeviceJson(d.key().device(), d.key().gateway(), d.key().tenant(), d.profile(), d.profileVersion(),
                d.deviceClass(), d.vendor(), d.model(), d.protocol(), d.endpoint(), d.online(), d.lastEventType(),
                d.lastEventReason(), Times.millis(d.lastEventAt()), Times.millis(d.describedAt()), points);
    }
}
