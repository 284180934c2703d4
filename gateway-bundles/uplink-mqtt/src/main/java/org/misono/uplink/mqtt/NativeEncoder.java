package org.misono.uplink.mqtt;

import java.util.List;
import org.misono.contract.DeviceDescription;
import org.misono.contract.DeviceEventMessage;
import org.misono.contract.PointDescription;
import org.misono.contract.ReadingRecord;
import org.misono.contract.Telemetry;
import org.misono.gateway.api.DeviceEndpoint;
import org.misono.gateway.api.DeviceEvent;
import org.misono.gateway.api.Reading;
import org.misono.profile.DeviceProfile;
import org.misono.profile.Point;

/** Domain objects to native-dialect payloads (docs/mqtt-contract.md). */
final class NativeEncoder {

    private NativeEncoder() {
    }

    static DeviceDescription describe(DeviceEndpoint device, long now) {
        DeviceProfile profile = device.profile();
        List<PointDescription> points = profile.points().stream().map(NativeEncoder::describe).toList();
        return new DeviceDescription(now, profile.id(), profile.version(), profile.vendor(), profile.model(),
                profile.deviceClass().yamlName(), profile.protocol().yamlName(), device.address(), points);
    }

    private static PointDescription describe(Point p) {
        return new PointDescription(p.id(), p.name(), p.semantic(), p.group(), p.instance(), p.type().yamlName(),
                p.unit(), p.access().name().toLowerCase(java.util.Locale.ROOT), List.copyOf(p.enumLabels().values()));
    }

    /** Readings of one poll; the first reading's time becomes the message time, repeated ones are left out. */
    static Telemetry telemetry(long seq, List<Reading> readings) {
        long ts = readings.isEmpty() ? System.currentTimeMillis() : readings.get(0).timestamp();
        List<ReadingRecord> records = readings.stream()
                .map(r -> new ReadingRecord(r.pointId(), r.value(), r.quality(), r.reason(),
                        r.timestamp() == ts ? null : r.timestamp()))
                .toList();
        return new Telemetry(seq, ts, records);
    }

    static DeviceEventMessage event(long seq, DeviceEvent event) {
        return new DeviceEventMessage(seq, event.timestamp(), event.type().wireName(), event.reason());
    }
}
