package org.misono.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What one point of a device means, as its profile says.
 *
 * @param group and {@code instance} place grouped points, e.g. group "dock", instance 3
 * @param labels the values an enumeration point takes; empty otherwise
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record PointDescription(String id, String name, String semantic, String group, Integer instance, String type,
        String unit, String access, List<String> labels) {

    public PointDescription {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
