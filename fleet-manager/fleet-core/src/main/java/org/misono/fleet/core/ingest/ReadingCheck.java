package org.misono.fleet.core.ingest;

import org.misono.contract.ReadingRecord;
import org.misono.gateway.api.Quality;

/** The rules one telemetry reading must follow (docs/mqtt-contract.md, "telemetry"). */
final class ReadingCheck {

    private ReadingCheck() {
    }

    /** What is wrong with the reading, or null when it is usable. */
    static String problem(ReadingRecord r) {
        if (r == null) {
            return "null instead of a reading";
        }
        if (r.point() == null || r.point().isBlank()) {
            return "no point id ('p')";
        }
        if (r.value() == null && r.quality() != Quality.BAD) {
            return r.quality() + " reading without a value ('v'); only BAD readings may leave it out";
        }
        if (r.value() != null && !(r.value() instanceof Boolean || r.value() instanceof Number
                || r.value() instanceof String)) {
            return "value must be a boolean, a number or a string";
        }
        return null;
    }
}
