package org.misono.sim.station;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds an enum constant by its contract label, naming the valid labels when there is none. */
final class Labels {

    private Labels() {
    }

    static <E extends Enum<E>> E parse(Class<E> type, String label, Function<E, String> labelOf) {
        E[] values = type.getEnumConstants();
        return Arrays.stream(values)
                .filter(v -> labelOf.apply(v).equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + label + "' is not one of "
                        + Arrays.stream(values).map(labelOf).collect(Collectors.joining(", "))));
    }
}
