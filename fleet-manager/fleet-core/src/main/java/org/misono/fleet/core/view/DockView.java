package org.misono.fleet.core.view;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.misono.contract.PointDescription;
import org.misono.fleet.core.model.PointState;
import org.misono.gateway.api.Quality;

/**
 * The docks of a mobility station, found through the semantics of its points rather than their ids, so any
 * vendor's station that describes its points with the contract's semantics shows up the same.
 */
public final class DockView {

    public static final String DEVICE_CLASS = "mobility-station";
    static final String VEHICLE_PRESENT = "dock.vehiclePresent";
    static final String BATTERY_LEVEL = "dock.batteryLevel";
    static final String CHARGING_STATE = "dock.chargingState";
    static final String LOCK_STATE = "dock.lockState";
    private static final List<String> SEMANTICS = List.of(VEHICLE_PRESENT, BATTERY_LEVEL, CHARGING_STATE, LOCK_STATE);

    private DockView() {
    }

    /** One entry per dock number found among the points, sorted by dock. */
    public static List<Dock> of(List<PointState> points) {
        Map<Integer, Map<String, PointState>> byDock = new TreeMap<>();
        for (PointState p : points) {
            PointDescription d = p.description();
            if (d != null && d.instance() != null && SEMANTICS.contains(d.semantic())) {
                byDock.computeIfAbsent(d.instance(), n -> new TreeMap<>()).put(d.semantic(), p);
            }
        }
        List<Dock> docks = new ArrayList<>();
        byDock.forEach((n, semantics) -> docks.add(dock(n, semantics)));
        return docks;
    }

    private static Dock dock(int n, Map<String, PointState> points) {
        Quality worst = Quality.GOOD;
        List<String> reasons = new ArrayList<>();
        Instant newest = null;
        for (PointState p : points.values()) {
            Quality q = p.quality() == null ? Quality.BAD : p.quality();
            worst = q.compareTo(worst) > 0 ? q : worst;
            if (p.quality() == null) {
                reasons.add(p.id() + ": no reading received yet");
            } else if (q != Quality.GOOD) {
                reasons.add(p.id() + ": " + (p.reason() == null ? q.name().toLowerCase() : p.reason()));
            }
            if (p.ts() != null && (newest == null || p.ts().isAfter(newest))) {
                newest = p.ts();
            }
        }
        return new Dock(n, flag(points.get(VEHICLE_PRESENT)), number(points.get(BATTERY_LEVEL)),
                label(points.get(CHARGING_STATE)), label(points.get(LOCK_STATE)), worst,
                reasons.isEmpty() ? null : String.join("; ", reasons), newest);
    }

    private static Boolean flag(PointState p) {
        if (p == null || p.value() == null) {
            return null;
        }
        if (p.value() instanceof Number number) {
            return number.doubleValue() != 0;
        }
        return p.value() instanceof Boolean b ? b : Boolean.valueOf(p.value().toString());
    }

    private static Double number(PointState p) {
        return p != null && p.value() instanceof Number number ? number.doubleValue() : null;
    }

    /** Enumerations travel as their label; a raw index is mapped through the point's labels. */
    private static String label(PointState p) {
        if (p == null || p.value() == null) {
            return null;
        }
        List<String> labels = p.description().labels();
        if (p.value() instanceof Number number && number.intValue() >= 0 && number.intValue() < labels.size()) {
            return labels.get(number.intValue());
        }
        return p.value().toString();
    }
}
