package org.misono.sim.station;

/**
 * One dock at one moment, as the station's registers report it.
 *
 * @param dock the dock's instance number in the profile, e.g. 3 for {@code dock03.*}
 * @param vehicleId the docked vehicle's tag, 0 when the dock is empty
 */
public record DockState(
        int dock,
        boolean vehiclePresent,
        long vehicleId,
        double batteryPercent,
        ChargingState charging,
        LockState lock,
        double chargingPowerWatts) {
}
