package org.misono.sim.station;

/** One dock's live state inside {@link StationBehaviour}, which guards it. */
final class Dock {

    final int number;
    boolean present;
    long vehicleId;
    double battery;
    ChargingState charging = ChargingState.NOT_CHARGING;
    LockState lock = LockState.UNLOCKED;
    /** What the docked vehicle's charger draws below the taper. */
    double maxPower;
    double power;

    Dock(int number) {
        this.number = number;
    }

    void arrive(long vehicleId, double battery, double maxPower) {
        this.present = true;
        this.vehicleId = vehicleId;
        this.battery = battery;
        this.maxPower = maxPower;
        this.lock = LockState.LOCKED;
        this.charging = battery >= 100 ? ChargingState.FULL : ChargingState.CHARGING;
    }

    void leave() {
        present = false;
        vehicleId = 0;
        battery = 0;
        maxPower = 0;
        power = 0;
        lock = LockState.UNLOCKED;
        if (charging != ChargingState.FAULT) {
            charging = ChargingState.NOT_CHARGING;
        }
    }

    boolean hasFault() {
        return lock == LockState.FAULT || charging == ChargingState.FAULT;
    }

    DockState snapshot() {
        return new DockState(number, present, vehicleId, battery, charging, lock, power);
    }
}
