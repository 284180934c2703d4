package org.misono.sim.meter;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a home draws: a base load with morning, midday and evening peaks, a fridge cycling, and now and
 * then a kettle, oven, washing machine or vacuum cleaner running for a while.
 */
final class HouseholdLoad {

    private record Appliance(double watts, double seconds) {
    }

    private static final class Running {
        final double watts;
        double secondsLeft;

        Running(Appliance appliance) {
            this.watts = appliance.watts();
            this.secondsLeft = appliance.seconds();
        }
    }

    private static final Appliance[] APPLIANCES = {
        new Appliance(2000, 180), // kettle
        new Appliance(2200, 2400), // oven
        new Appliance(500, 3600), // washing machine
        new Appliance(800, 900), // vacuum cleaner
    };
    /** Mean time between appliances switching on, by day and by night. */
    private static final double DAY_INTERVAL_SECONDS = 900;
    private static final double NIGHT_INTERVAL_SECONDS = 5400;
    private static final double FRIDGE_WATTS = 90;
    private static final double FRIDGE_CYCLE_SECONDS = 600;

    private final SplittableRandom random;
    private final List<Running> running = new ArrayList<>();
    private boolean fridgeOn;

    HouseholdLoad(SplittableRandom random) {
        this.random = random;
    }

    /** The load after {@code seconds} more, at {@code hour} (0..24) of the day, in watts. */
    double next(double hour, double seconds) {
        running.forEach(r -> r.secondsLeft -= seconds);
        running.removeIf(r -> r.secondsLeft <= 0);
        boolean day = hour >= 6 && hour < 23;
        if (random.nextDouble() < 1 - Math.exp(-seconds / (day ? DAY_INTERVAL_SECONDS : NIGHT_INTERVAL_SECONDS))) {
            Appliance a = APPLIANCES[random.nextInt(APPLIANCES.length)];
            running.add(new Running(a));
        }
        if (random.nextDouble() < 1 - Math.exp(-seconds / FRIDGE_CYCLE_SECONDS)) {
            fridgeOn = !fridgeOn;
        }
        double curve = 180 + 900 * peak(hour, 7.5, 1.0) + 400 * peak(hour, 12.75, 1.0) + 1500 * peak(hour, 19.25, 1.5);
        double appliances = running.stream().mapToDouble(r -> r.watts).sum();
        double load = (curve + appliances + (fridgeOn ? FRIDGE_WATTS : 0)) * (1 + 0.03 * random.nextGaussian());
        return Math.max(20, load);
    }

    private static double peak(double hour, double centre, double width) {
        double z = (hour - centre) / width;
        return Math.exp(-0.5 * z * z);
    }
}
