package org.misono.sim.modbus;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import org.misono.modbus.tcp.ModbusTcpServer;
import org.misono.profile.DeviceProfile;
import org.misono.sim.Behaviour;
import org.misono.sim.Simulation;
import org.misono.sim.device.SimulatedDevice;
import org.misono.sim.meter.MeterBehaviour;
import org.misono.sim.station.StationBehaviour;

/**
 * A simulated device on a Modbus TCP port: the profile's register map, filled by the behaviour its device
 * class calls for (a busy station, a household meter, or none for generic devices), ticking in the
 * background.
 *
 * <pre>{@code
 * try (ModbusSimulator sim = ModbusSimulator.builder(profile).port(0).seed(42).startPaused().start()) {
 *     sim.station().dockVehicle(3, 50);
 *     sim.step(Duration.ofSeconds(10));
 *     // a client on sim.port() now reads dock 3 at 52 %
 * }
 * }</pre>
 */
public final class ModbusSimulator implements AutoCloseable {

    private final DeviceProfile profile;
    private final SimulatedDevice device;
    private final Behaviour behaviour;
    private final Simulation simulation;
    private final ModbusTcpServer server;

    private ModbusSimulator(Builder b) {
        this.profile = b.profile;
        this.device = new SimulatedDevice(profile, b.unitId != null ? b.unitId : profile.modbus().unitId());
        this.behaviour = switch (profile.deviceClass()) {
            case MOBILITY_STATION -> new StationBehaviour(device, b.seed);
            case ENERGY_METER -> new MeterBehaviour(device, b.seed, b.meter);
            case GENERIC -> Behaviour.NONE;
        };
        this.simulation = new Simulation(behaviour, b.tick, b.speed, profile.id().replace('/', '-'));
        this.server = new ModbusTcpServer(b.bindAddress, b.port, device);
    }

    /** A simulator on the given port (0 for any free one), ticking once a second in real time. */
    public static ModbusSimulator start(DeviceProfile profile, int port, long seed) throws IOException {
        return builder(profile).port(port).seed(seed).start();
    }

    public static Builder builder(DeviceProfile profile) {
        return new Builder(profile);
    }

    public int port() {
        return server.port();
    }

    public DeviceProfile profile() {
        return profile;
    }

    /** The registers: read or set points directly, listen to writes. */
    public SimulatedDevice device() {
        return device;
    }

    public Simulation simulation() {
        return simulation;
    }

    /** @throws IllegalStateException if the profile is not a mobility station */
    public StationBehaviour station() {
        if (behaviour instanceof StationBehaviour station) {
            return station;
        }
        throw new IllegalStateException(profile.id() + " is a " + profile.deviceClass().yamlName()
                + ", not a mobility station");
    }

    /** @throws IllegalStateException if the profile is not an energy meter */
    public MeterBehaviour meter() {
        if (behaviour instanceof MeterBehaviour meter) {
            return meter;
        }
        throw new IllegalStateException(profile.id() + " is a " + profile.deviceClass().yamlName()
                + ", not an energy meter");
    }

    /** Freezes simulated time; Modbus reads and writes still work. */
    public void pause() {
        simulation.pause();
    }

    public void resume() {
        simulation.resume();
    }

    /** Advances simulated time by this much now, whether paused or not. */
    public void step(Duration simulated) {
        simulation.step(simulated);
    }

    /** Stops serving and ticking. */
    @Override
    public void close() {
        server.close();
        simulation.close();
    }

    public static final class Builder {
        private final DeviceProfile profile;
        private InetAddress bindAddress;
        private int port = 1502;
        private long seed = 1;
        private Integer unitId;
        private Duration tick = Simulation.DEFAULT_TICK;
        private double speed = 1;
        private boolean paused;
        private MeterBehaviour.Settings meter = MeterBehaviour.Settings.defaults();

        private Builder(DeviceProfile profile) {
            this.profile = Objects.requireNonNull(profile, "profile");
        }

        /** 0 for any free port; 1502 by default. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The interface to listen on; all by default. */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = address;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The unit id to answer; the profile's by default. */
        public Builder unitId(int unitId) {
            this.unitId = unitId;
            return this;
        }

        public Builder tick(Duration tick) {
            this.tick = tick;
            return this;
        }

        public Builder speed(double speed) {
            this.speed = speed;
            return this;
        }

        /** For energy meters: time of day to start at and rooftop solar. */
        public Builder meter(MeterBehaviour.Settings settings) {
            this.meter = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Starts with simulated time frozen, so a test decides every step. */
        public Builder startPaused() {
            this.paused = true;
            return this;
        }

        /**
         * Builds the device, binds the port and starts ticking.
         *
         * @throws java.net.BindException when the port is taken
         */
        public ModbusSimulator start() throws IOException {
            ModbusSimulator sim = new ModbusSimulator(this);
            if (paused) {
                sim.simulation.pause();
            }
            try {
                sim.server.start();
            } catch (IOException e) {
                sim.simulation.close();
                throw e;
            }
            sim.simulation.start();
            return sim;
        }
    }
}
