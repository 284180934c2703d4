package org.misono.sim.station;

/** The station's condition, with the labels of the {@code station.status} semantic. */
public enum StationStatus {
    WORKING("working"),
    WITH_INCIDENCE("withIncidence"),
    OUT_OF_SERVICE("outOfService");

    private final String label;

    StationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
