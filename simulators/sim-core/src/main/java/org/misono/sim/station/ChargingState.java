package org.misono.sim.station;

/** A dock's charger, with the labels of the {@code dock.chargingState} semantic. */
public enum ChargingState {
    NOT_CHARGING("notCharging"),
    CHARGING("charging"),
    FULL("full"),
    FAULT("fault");

    private final String label;

    ChargingState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ChargingState fromLabel(String label) {
        return Labels.parse(ChargingState.class, label, ChargingState::label);
    }
}
