package org.misono.fleet.server.support;

import java.util.ArrayList;
import java.util.List;
import org.misono.contract.DeviceDescription;
import org.misono.contract.PointDescription;
import org.misono.contract.ReadingRecord;
import org.misono.gateway.api.Quality;

/** Meta messages and readings of the catalogue's two devices, as a gateway would publish them. */
public final class Devices {

    public static final int DOCKS = 12;

    private Devices() {
    }

    public static DeviceDescription station() {
        List<PointDescription> points = new ArrayList<>();
        points.add(new PointDescription("station.status", "Station status", "station.status", null, null, "uint16",
                null, "read", List.of("working", "withIncidence", "outOfService")));
        for (int n = 1; n <= DOCKS; n++) {
            String dock = dock(n);
            points.add(new PointDescription(dock + ".present", "Dock " + n + " vehicle present", "dock.vehiclePresent",
                    "dock", n, "bool", null, "read", null));
            points.add(new PointDescription(dock + ".battery", "Dock " + n + " battery", "dock.batteryLevel", "dock",
                    n, "uint16", "%", "read", null));
            points.add(new PointDescription(dock + ".charging", "Dock " + n + " charging state", "dock.chargingState",
                    "dock", n, "uint16", null, "read", List.of("notCharging", "charging", "full", "fault")));
            points.add(new PointDescription(dock + ".lock", "Dock " + n + " lock state", "dock.lockState", "dock", n,
                    "uint16", null, "read", List.of("unlocked", "locked", "fault")));
        }
        return new DeviceDescription(System.currentTimeMillis(), "misono/mobility-station-12", "1.0.0",
                "Misono Reference Designs", "MMS-12", "mobility-station", "modbus-tcp", "10.0.0.7:502 unit 1", points);
    }

    /** Every dock occupied and charging at 50 + n %, locked; dock 4's battery BAD, dock 5's STALE. */
    public static List<ReadingRecord> stationReadings() {
        List<ReadingRecord> readings = new ArrayList<>();
        readings.add(good("station.status", "working"));
        for (int n = 1; n <= DOCKS; n++) {
            String dock = dock(n);
            readings.add(good(dock + ".present", n != 7));
            if (n == 4) {
                readings.add(new ReadingRecord(dock + ".battery", null, Quality.BAD, "timeout: no answer within 1000 ms",
                        null));
            } else if (n == 5) {
                readings.add(new ReadingRecord(dock + ".battery", 60.5, Quality.STALE, "poll 2400 ms late", null));
            } else {
                readings.add(good(dock + ".battery", 50.0 + n));
            }
            readings.add(good(dock + ".charging", n == 7 ? "notCharging" : "charging"));
            readings.add(good(dock + ".lock", n == 7 ? "unlocked" : "locked"));
        }
        return readings;
    }

    public static DeviceDescription meter() {
        return new DeviceDescription(System.currentTimeMillis(), "misono/home-energy-meter", "1.0.0",
                "Misono Reference Designs", "HEM-1", "energy-meter", "modbus-tcp", "10.0.0.8:502 unit 1", List.of(
                        new PointDescription("voltage", "Voltage", "meter.voltage", null, null, "float32", "V", "read",
                                null),
                        new PointDescription("activePower", "Present active power", "meter.activePower", null, null,
                                "float32", "W", "read", null),
                        new PointDescription("energyImport", "Energy imported", "meter.energyImport", null, null,
                                "uint32", "kWh", "read", null),
                        new PointDescription("energyExport", "Energy exported", "meter.energyExport", null, null,
                                "uint32", "kWh", "read", null)));
    }

    public static List<ReadingRecord> meterReadings(double watts) {
        return List.of(good("voltage", 231.4), good("activePower", watts), good("energyImport", 1234.56),
                good("energyExport", 321.09));
    }

    public static ReadingRecord good(String point, Object value) {
        return new ReadingRecord(point, value, Quality.GOOD, null, null);
    }

    public static String dock(int n) {
        return String.format("dock%02d", n);
    }
}
