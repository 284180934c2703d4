package org.misono.fleet.api.json;

import org.misono.fleet.core.model.DeviceEventRecord;

/** An entry of a device's event history. */
public record EventJson(long seq, Long ts, String type, String reason, Long receivedAt) {

    public static EventJson of(DeviceEventRecord e) {
        return new EventJson(e.seq(), Times.millis(e.ts()), e.type(), e.reason(), Times.millis(e.receivedAt()));
    }
}
