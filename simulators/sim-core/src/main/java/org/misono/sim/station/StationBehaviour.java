package org.misono.sim.station;

import static org.misono.sim.station.StationPoints.BATTERY_LEVEL;
import static org.misono.sim.station.StationPoints.CHARGING_POWER;
import static org.misono.sim.station.StationPoints.CHARGING_STATE;
import static org.misono.sim.station.StationPoints.DOCK_COUNT;
import static org.misono.sim.station.StationPoints.LOCK_STATE;
import static org.misono.sim.station.StationPoints.SERIAL_NUMBER;
import static org.misono.sim.station.StationPoints.STATUS;
import static org.misono.sim.station.StationPoints.TEMPERATURE;
import static org.misono.sim.station.StationPoints.UNLOCK;
import static org.misono.sim.station.StationPoints.VEHICLE_ID;
import static org.misono.sim.station.StationPoints.VEHICLE_PRESENT;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.misono.profile.Point;
import org.misono.sim.Behaviour;
import org.misono.sim.device.SimulatedDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A busy station. Each empty dock gets a vehicle on average every {@value #MEAN_EMPTY_SECONDS} s and a
 * docked vehicle leaves on average after {@value #MEAN_STAY_SECONDS} s, so with twelve docks something
 * arrives or leaves every few seconds at speed 1. An arriving vehicle locks its dock and charges at its
 * charger's power until 80 %, then tapers off to full. Charging is much faster than in reality (0 to
 * 100 % in about ten minutes) so a dashboard shows it move.
 *
 * <p>Everything random comes from the seed, so the same seed and the same steps give the same station.
 */
public final class StationBehaviour implements Behaviour {

    static final int MEAN_EMPTY_SECONDS = 40;
    static final int MEAN_STAY_SECONDS = 60;
    static final double CHARGE_PERCENT_PER_SECOND = 0.2;
    static final double TAPER_FROM_PERCENT = 80;

    private static final Logger LOG = LoggerFactory.getLogger(StationBehaviour.class);

    private final SimulatedDevice device;
    private final StationPoints points;
    private final SplittableRandom random;
    private final Map<Integer, Dock> docks = new TreeMap<>();
    private final String serialNumber;
    private double temperature;
    private boolean traffic = true;

    public StationBehaviour(SimulatedDevice device, long seed) {
        this.device = device;
        this.points = new StationPoints(device.profile());
        this.random = new SplittableRandom(seed);
        this.serialNumber = device.profile().model() + "-" + String.format("%06d", random.nextInt(1_000_000));
        this.temperature = 19 + 4 * random.nextDouble();
        for (int n : points.docks()) {
            Dock dock = new Dock(n);
            docks.put(n, dock);
            if (random.nextDouble() < 0.6) {
                dock.arrive(newVehicleId(), 15 + 80 * random.nextDouble(), newChargerPower());
            }
        }
        synchronized (this) {
            publish();
        }
        device.addWriteListener(this::onWrite);
    }

    @Override
    public synchronized void advance(Duration elapsed) {
        double seconds = elapsed.toNanos() / 1e9;
        for (Dock dock : docks.values()) {
            if (traffic && dock.lock != LockState.FAULT) {
                moveTraffic(dock, seconds);
            }
            charge(dock, seconds);
        }
        updateTemperature(seconds);
        publish();
    }

    /** Dock numbers as the profile counts them, e.g. 1 to 12. */
    public List<Integer> dockNumbers() {
        return List.copyOf(docks.keySet());
    }

    public synchronized List<DockState> docks() {
        return docks.values().stream().map(Dock::snapshot).toList();
    }

    public synchronized DockState dock(int dock) {
        return dockAt(dock).snapshot();
    }

    public synchronized StationStatus status() {
        if (docks.values().stream().noneMatch(Dock::hasFault)) {
            return StationStatus.WORKING;
        }
        boolean allLocksFaulty = docks.values().stream().allMatch(d -> d.lock == LockState.FAULT);
        return allLocksFaulty ? StationStatus.OUT_OF_SERVICE : StationStatus.WITH_INCIDENCE;
    }

    public synchronized double temperature() {
        return temperature;
    }

    public String serialNumber() {
        return serialNumber;
    }

    /** Switches random arrivals and departures on or off; charging and commands go on either way. */
    public synchronized void setTraffic(boolean on) {
        traffic = on;
    }

    /** Docks a vehicle with a random tag, as if a rider had just returned it. */
    public synchronized void dockVehicle(int dock, double batteryPercent) {
        dockVehicle(dock, batteryPercent, newVehicleId());
    }

    /**
     * @throws IllegalStateException if the dock holds a vehicle already or its lock is faulty
     */
    public synchronized void dockVehicle(int dock, double batteryPercent, long vehicleId) {
        if (batteryPercent < 0 || batteryPercent > 100) {
            throw new IllegalArgumentException("battery must be 0..100 %, not " + batteryPercent);
        }
        Dock d = dockAt(dock);
        if (d.present) {
            throw new IllegalStateException("dock " + dock + " already holds vehicle " + d.vehicleId);
        }
        if (d.lock == LockState.FAULT) {
            throw new IllegalStateException("dock " + dock + " has a lock fault and takes no vehicle");
        }
        d.arrive(vehicleId, batteryPercent, newChargerPower());
        LOG.info("dock {}: vehicle {} docked, battery {} %", dock, vehicleId, oneDecimal(batteryPercent));
        publish();
    }

    /**
     * Unlocks the dock and lets the vehicle go, as a rider does after renting it.
     *
     * @return whether a vehicle left; not when the dock is empty or its lock is faulty
     */
    public synchronized boolean releaseVehicle(int dock) {
        Dock d = dockAt(dock);
        if (!d.present || d.lock == LockState.FAULT) {
            return false;
        }
        long vehicle = d.vehicleId;
        d.leave();
        LOG.info("dock {}: vehicle {} released", dock, vehicle);
        publish();
        return true;
    }

    /** @param state {@code unlocked}, {@code locked} or {@code fault} */
    public synchronized void setLock(int dock, String state) {
        dockAt(dock).lock = LockState.fromLabel(state);
        publish();
    }

    /** @param state {@code notCharging}, {@code charging}, {@code full} or {@code fault} */
    public synchronized void setCharging(int dock, String state) {
        Dock d = dockAt(dock);
        d.charging = ChargingState.fromLabel(state);
        if (d.charging != ChargingState.CHARGING) {
            d.power = 0;
        }
        publish();
    }

    private void onWrite(Point point, Object value) {
        if (!UNLOCK.equals(point.semantic()) || !Boolean.TRUE.equals(value) || point.instance() == null) {
            return;
        }
        synchronized (this) {
            int dock = point.instance();
            if (!releaseVehicle(dock)) {
                LOG.info("dock {}: unlock command ignored, {}", dock,
                        dockAt(dock).present ? "the lock is faulty" : "no vehicle is docked");
            }
            // the unlock coil is a push button: it reads as off once the station has acted on it
            device.write(point.id(), false);
        }
    }

    private void moveTraffic(Dock dock, double seconds) {
        if (!dock.present) {
            if (happens(seconds, MEAN_EMPTY_SECONDS)) {
                dock.arrive(newVehicleId(), 5 + 85 * random.nextDouble(), newChargerPower());
                LOG.info("dock {}: vehicle {} arrived, battery {} %", dock.number, dock.vehicleId,
                        oneDecimal(dock.battery));
            }
        } else if (happens(seconds, MEAN_STAY_SECONDS)) {
            LOG.info("dock {}: vehicle {} left, battery {} %", dock.number, dock.vehicleId, oneDecimal(dock.battery));
            dock.leave();
        }
    }

    /** Whether an event with this mean interval happens within the given time (a Poisson process). */
    private boolean happens(double seconds, double meanInterval) {
        return random.nextDouble() < 1 - Math.exp(-seconds / meanInterval);
    }

    private void charge(Dock dock, double seconds) {
        if (!dock.present || dock.charging != ChargingState.CHARGING) {
            dock.power = 0;
            return;
        }
        dock.battery = Math.min(100, dock.battery + CHARGE_PERCENT_PER_SECOND * taper(dock.battery) * seconds);
        if (dock.battery >= 100) {
            dock.charging = ChargingState.FULL;
            dock.power = 0;
        } else {
            dock.power = dock.maxPower * taper(dock.battery) * (1 + 0.02 * random.nextGaussian());
        }
    }

    /** Chargers run at full power up to 80 % and then ease off towards full, as lithium cells need. */
    private static double taper(double battery) {
        return battery < TAPER_FROM_PERCENT ? 1 : Math.max(0.15, (100 - battery) / (100 - TAPER_FROM_PERCENT));
    }

    /** The cabinet warms with the chargers' power and drifts back towards 21 °C. */
    private void updateTemperature(double seconds) {
        double chargingPower = docks.values().stream().mapToDouble(d -> d.power).sum();
        double target = 21 + chargingPower / 500;
        double pull = 1 - Math.exp(-seconds / 300);
        temperature += (target - temperature) * pull + 0.05 * Math.sqrt(Math.min(seconds, 60)) * random.nextGaussian();
        temperature = Math.max(-20, Math.min(60, temperature));
    }

    /** Writes the whole state to the registers; points the profile lacks are left out. */
    private void publish() {
        for (Dock d : docks.values()) {
            set(d.number, VEHICLE_PRESENT, d.present);
            set(d.number, BATTERY_LEVEL, d.battery);
            set(d.number, CHARGING_STATE, d.charging.label());
            set(d.number, LOCK_STATE, d.lock.label());
            set(d.number, VEHICLE_ID, d.vehicleId);
            set(d.number, CHARGING_POWER, d.power);
        }
        setStation(STATUS, status().label());
        setStation(TEMPERATURE, temperature);
        setStation(SERIAL_NUMBER, serialNumber);
        setStation(DOCK_COUNT, (long) docks.size());
    }

    private void set(int dock, String semantic, Object value) {
        points.dock(dock, semantic).ifPresent(p -> device.write(p.id(), value));
    }

    private void setStation(String semantic, Object value) {
        points.station(semantic).ifPresent(p -> device.write(p.id(), value));
    }

    private Dock dockAt(int dock) {
        Dock d = docks.get(dock);
        if (d == null) {
            throw new IllegalArgumentException("no dock " + dock + "; this station has docks " + docks.keySet());
        }
        return d;
    }

    private long newVehicleId() {
        return 100_000 + random.nextInt(900_000);
    }

    /** E-bike chargers draw about 180 W, e-scooter chargers up to 350 W. */
    private double newChargerPower() {
        return 180 + 170 * random.nextDouble();
    }

    private static String oneDecimal(double v) {
        return String.format("%.1f", v);
    }
}
