package org.misono.sim;

import java.time.Duration;

/**
 * How a simulated device's values change over time. Given the same seed and the same sequence of
 * {@link #advance} calls, a behaviour produces the same values.
 */
@FunctionalInterface
public interface Behaviour {

    /** A device whose values change only when written. */
    Behaviour NONE = elapsed -> { };

    /** Moves the state forward by a span of simulated time and writes it to the device's registers. */
    void advance(Duration elapsed);
}
