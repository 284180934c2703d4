package org.misono.sim.meter;

import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.misono.profile.Point;
import org.misono.sim.Behaviour;
import org.misono.sim.device.SimulatedDevice;

/**
 * A home's meter. Simulated time runs from a start time of day, so a fast simulation walks through the
 * daily curve; the energy counters integrate the power of each step over the step's length. Everything
 * random comes from the seed.
 */
public final class MeterBehaviour implements Behaviour {

    /**
     * @param startTime the simulated time of day when the simulation starts
     * @param pvPeakWatts what the rooftop solar array yields at noon in full sun; 0 for a home without
     */
    public record Settings(LocalTime startTime, double pvPeakWatts) {

        public Settings {
            if (startTime == null) {
                throw new IllegalArgumentException("start time is required");
            }
            if (!(pvPeakWatts >= 0)) {
                throw new IllegalArgumentException("PV peak must be 0 W or more, not " + pvPeakWatts);
            }
        }

        /** Noon, no solar. */
        public static Settings defaults() {
            return new Settings(LocalTime.NOON, 0);
        }

        public Settings withStartTime(LocalTime time) {
            return new Settings(time, pvPeakWatts);
        }

        public Settings withPvPeakWatts(double watts) {
            return new Settings(startTime, watts);
        }
    }

    static final String ACTIVE_POWER = "meter.activePower";
    static final String ENERGY_IMPORT = "meter.energyImport";
    static final String ENERGY_EXPORT = "meter.energyExport";
    static final String VOLTAGE = "meter.voltage";
    static final String FREQUENCY = "meter.frequency";

    private static final double SECONDS_PER_DAY = 86_400;
    private static final double JOULES_PER_KWH = 3_600_000;

    private final SimulatedDevice device;
    private final Map<String, String> pointIdBySemantic = new HashMap<>();
    private final Settings settings;
    private final SplittableRandom random;
    private final HouseholdLoad load;
    private double secondOfDay;
    private double cloud = 1;
    private double power;
    private double importKWh;
    private double exportKWh;
    private double voltage = 230;
    private double frequency = 50;

    public MeterBehaviour(SimulatedDevice device, long seed, Settings settings) {
        this.device = device;
        for (Point p : device.profile().points()) {
            if (p.semantic() != null && p.semantic().startsWith("meter.")) {
                pointIdBySemantic.putIfAbsent(p.semantic(), p.id());
            }
        }
        if (!pointIdBySemantic.containsKey(ACTIVE_POWER)) {
            throw new IllegalArgumentException(device.profile().id() + " has no point with semantic " + ACTIVE_POWER
                    + ", so there is no meter to simulate");
        }
        this.settings = settings;
        this.random = new SplittableRandom(seed);
        this.load = new HouseholdLoad(random);
        this.secondOfDay = settings.startTime().toSecondOfDay();
        this.importKWh = 1000 + 9000 * random.nextDouble();
        this.exportKWh = settings.pvPeakWatts() > 0 ? 200 + 3000 * random.nextDouble() : 0;
        synchronized (this) {
            sample(0);
            publish();
        }
    }

    @Override
    public synchronized void advance(Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        secondOfDay = (secondOfDay + seconds) % SECONDS_PER_DAY;
        sample(seconds);
        if (power >= 0) {
            importKWh += power * seconds / JOULES_PER_KWH;
        } else {
            exportKWh += -power * seconds / JOULES_PER_KWH;
        }
        publish();
    }

    public synchronized MeterState state() {
        return new MeterState(LocalTime.ofSecondOfDay((long) secondOfDay), power, importKWh, exportKWh, voltage,
                frequency);
    }

    public Settings settings() {
        return settings;
    }

    private void sample(double seconds) {
        double hour = secondOfDay / 3600;
        double pull = 1 - Math.exp(-seconds / 600);
        cloud += (0.9 - cloud) * pull + 0.05 * Math.sqrt(Math.min(seconds, 60)) * random.nextGaussian();
        cloud = Math.max(0.7, Math.min(1, cloud));
        double sun = Math.max(0, Math.sin(Math.PI * (hour - 6) / 14));
        power = load.next(hour, seconds) - settings.pvPeakWatts() * sun * cloud;
        // a home's own current pulls the voltage down a little, exported current pushes it up
        voltage = Math.max(207, Math.min(253, 231 - 0.0006 * power + 0.4 * random.nextGaussian()));
        frequency += (50 - frequency) * (1 - Math.exp(-seconds / 30))
                + 0.01 * Math.sqrt(Math.min(seconds, 10)) * random.nextGaussian();
        frequency = Math.max(49.8, Math.min(50.2, frequency));
    }

    private void publish() {
        set(ACTIVE_POWER, power);
        set(ENERGY_IMPORT, importKWh);
        set(ENERGY_EXPORT, exportKWh);
        set(VOLTAGE, voltage);
        set(FREQUENCY, frequency);
    }

    private void set(String semantic, double value) {
        String pointId = pointIdBySemantic.get(semantic);
        if (pointId != null) {
            device.write(pointId, value);
        }
    }
}
