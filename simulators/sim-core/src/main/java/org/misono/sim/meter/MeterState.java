package org.misono.sim.meter;

import java.time.LocalTime;

/**
 * The meter at one moment of simulated time.
 *
 * @param activePowerWatts drawn from the grid; negative while the home exports
 */
public record MeterState(
        LocalTime timeOfDay,
        double activePowerWatts,
        double energyImportKWh,
        double energyExportKWh,
        double voltage,
        double frequencyHz) {
}
