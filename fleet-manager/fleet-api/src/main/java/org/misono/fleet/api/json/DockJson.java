package org.misono.fleet.api.json;

import org.misono.fleet.core.view.Dock;

/** One dock of a mobility station; {@code quality} is the worst of its four points. */
public record DockJson(int dock, Boolean vehiclePresent, Double batteryLevel, String chargingState,
        String lockState, String quality, String reason, Long ts) {

    public static DockJson of(Dock d) {
        return new DockJson(d.dock(), d.vehiclePresent(), d.batteryLevel(), d.chargingState(), d.lockState(),
                d.quality().name(), d.reason(), Times.millis(d.ts()));
    }
}
