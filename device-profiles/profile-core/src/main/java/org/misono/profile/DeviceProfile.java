package org.misono.profile;

import java.util.List;
import java.util.Optional;

/**
 * A device type: vendor, model, version, protocol settings and points, with groups already expanded.
 *
 * @param source where the profile was loaded from, for messages
 */
public record DeviceProfile(
        String id,
        String vendor,
        String model,
        String version,
        DeviceClass deviceClass,
        String description,
        Protocol protocol,
        ModbusSettings modbus,
        List<Point> points,
        String source) {

    public DeviceProfile {
        points = List.copyOf(points);
    }

    /** {@code id@version}, how gateways and the fleet refer to one exact profile. */
    public String reference() {
        return id + "@" + version;
    }

    public Optional<Point> point(String pointId) {
        return points.stream().filter(p -> p.id().equals(pointId)).findFirst();
    }

    public List<Point> readablePoints() {
        return points.stream().filter(p -> p.access().canRead()).toList();
    }
}
