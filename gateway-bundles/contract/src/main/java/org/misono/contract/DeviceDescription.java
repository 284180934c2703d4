package org.misono.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Retained on {@code .../device/<device>/meta}: everything a receiver needs to make sense of the device's
 * readings without holding its profile file.
 *
 * @param profile the profile id, e.g. {@code misono/mobility-station-12}
 * @param endpoint where the gateway reaches the device, e.g. {@code 10.0.0.7:502 unit 1}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceDescription(long ts, String profile, String profileVersion, String vendor, String model,
        String deviceClass, String protocol, String endpoint, List<PointDescription> points) {

    public DeviceDescription {
        points = points == null ? List.of() : List.copyOf(points);
    }
}
