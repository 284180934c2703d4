package org.misono.sim.station;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.misono.profile.DeviceProfile;
import org.misono.profile.Point;

/** The points of a station profile by meaning: per dock and for the whole station. */
final class StationPoints {

    static final String VEHICLE_PRESENT = "dock.vehiclePresent";
    static final String BATTERY_LEVEL = "dock.batteryLevel";
    static final String CHARGING_STATE = "dock.chargingState";
    static final String LOCK_STATE = "dock.lockState";
    static final String VEHICLE_ID = "dock.vehicleId";
    static final String CHARGING_POWER = "dock.chargingPower";
    static final String UNLOCK = "dock.unlock";
    static final String STATUS = "station.status";
    static final String TEMPERATURE = "station.temperature";
    static final String SERIAL_NUMBER = "station.serialNumber";
    static final String DOCK_COUNT = "station.dockCount";

    private final Map<Integer, Map<String, Point>> docks = new TreeMap<>();
    private final Map<String, Point> station = new HashMap<>();

    StationPoints(DeviceProfile profile) {
        for (Point p : profile.points()) {
            String semantic = p.semantic();
            if (semantic == null) {
                continue;
            }
            if (semantic.startsWith("dock.") && p.instance() != null) {
                docks.computeIfAbsent(p.instance(), n -> new HashMap<>()).put(semantic, p);
            } else if (semantic.startsWith("station.")) {
                station.put(semantic, p);
            }
        }
        if (docks.isEmpty()) {
            throw new IllegalArgumentException(profile.id() + " declares no dock points (a group of points with "
                    + "semantics such as " + VEHICLE_PRESENT + "), so there is no station to simulate");
        }
    }

    /** Dock numbers as the profile counts them, ascending. */
    List<Integer> docks() {
        return List.copyOf(docks.keySet());
    }

    Optional<Point> dock(int dock, String semantic) {
        return Optional.ofNullable(docks.getOrDefault(dock, Map.of()).get(semantic));
    }

    Optional<Point> station(String semantic) {
        return Optional.ofNullable(station.get(semantic));
    }
}
