package org.misono.sim.station;

/** A dock's lock, with the labels of the {@code dock.lockState} semantic. */
public enum LockState {
    UNLOCKED("unlocked"),
    LOCKED("locked"),
    FAULT("fault");

    private final String label;

    LockState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static LockState fromLabel(String label) {
        return Labels.parse(LockState.class, label, LockState::label);
    }
}
