package org.misono.sim.modbus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.misono.profile.DeviceClass;
import org.misono.profile.DeviceProfile;
import org.misono.profile.RegisterTable;
import org.misono.sim.meter.MeterBehaviour;
import org.misono.sim.modbus.ModbusSimulator;

/** Starts a simulator from the command line's options, says what it serves, and runs it until stopped. */
final class SimulatorRunner {

    private final PrintWriter out;

    SimulatorRunner(PrintWriter out) {
        this.out = out;
    }

    int run(DeviceProfile profile, ServeOptions options, MeterBehaviour.Settings meter) throws UserError {
        long seed = options.seed != null ? options.seed : ThreadLocalRandom.current().nextInt(1_000_000);
        ModbusSimulator.Builder builder = ModbusSimulator.builder(profile)
                .port(options.port)
                .bindAddress(bindAddress(options.bind))
                .seed(seed)
                .tick(options.tick)
                .speed(options.speed)
                .meter(meter);
        if (options.unitId != null) {
            if (options.unitId < 0 || options.unitId > 255) {
                throw new UserError("--unit-id must be 0..255, not " + options.unitId + ".");
            }
            builder.unitId(options.unitId);
        }
        ModbusSimulator sim = start(builder, options.port);
        printBanner(sim, options, seed, meter);

        AtomicBoolean stoppedOnce = new AtomicBoolean();
        Runnable stop = () -> {
            if (stoppedOnce.compareAndSet(false, true)) {
                sim.close();
                out.println("Stopped.");
                out.flush();
            }
        };
        CountDownLatch ctrlC = new CountDownLatch(1);
        // on Ctrl-C the JVM halts once its hooks are done, so the hook itself stops and says so
        Thread onCtrlC = new Thread(() -> {
            stop.run();
            ctrlC.countDown();
        }, "misono-sim-shutdown");
        Runtime.getRuntime().addShutdownHook(onCtrlC);
        try {
            if (options.duration != null) {
                ctrlC.await(options.duration.toMillis(), TimeUnit.MILLISECONDS);
            } else {
                ctrlC.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stop.run();
            try {
                Runtime.getRuntime().removeShutdownHook(onCtrlC);
            } catch (IllegalStateException alreadyShuttingDown) {
                // Ctrl-C: the hook is running
            }
        }
        return 0;
    }

    private static ModbusSimulator start(ModbusSimulator.Builder builder, int port) throws UserError {
        try {
            return builder.start();
        } catch (BindException e) {
            throw new UserError("Port " + port + " is already in use on this machine: another simulator or Modbus "
                    + "server is running there. Stop it, or choose another port, e.g. --port " + (port + 1) + ".");
        } catch (SocketException e) {
            if (port < 1024) {
                throw new UserError("Port " + port + " needs administrator rights, as every port below 1024 does. "
                        + "Use a higher port, e.g. --port 1502, and point the gateway at that port.");
            }
            throw new UserError("Cannot serve on port " + port + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserError("Cannot serve on port " + port + ": " + e.getMessage());
        }
    }

    private static InetAddress bindAddress(String bind) throws UserError {
        if (bind == null) {
            return null;
        }
        try {
            return InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UserError("--bind " + bind + " is no address of this machine; give e.g. 127.0.0.1 or leave it "
                    + "out to listen on all interfaces.");
        }
    }

    private void printBanner(ModbusSimulator sim, ServeOptions options, long seed, MeterBehaviour.Settings meter) {
        DeviceProfile p = sim.profile();
        String what = p.deviceClass().yamlName();
        switch (p.deviceClass()) {
            case MOBILITY_STATION -> what += ", " + sim.station().dockNumbers().size() + " docks";
            case ENERGY_METER -> what += meter.pvPeakWatts() > 0
                    ? ", rooftop solar " + Math.round(meter.pvPeakWatts()) + " W peak" : ", no solar";
            case GENERIC -> what += ", registers change only when written";
        }
        out.printf("Simulating %s %s: %s %s (%s)%n", p.id(), p.version(), p.vendor(), p.model(), what);
        out.printf("Modbus TCP port %d on %s, unit id %d%n", sim.port(),
                options.bind == null ? "all interfaces" : options.bind, sim.device().unitId());
        out.printf("Register map (addresses from 0): %s%n", registerMap(sim));
        String time = p.deviceClass() == DeviceClass.ENERGY_METER
                ? ", simulated day starts at " + meter.startTime().withNano(0) : "";
        out.printf("Seed %d (repeat this run with --seed %d), tick %s, speed %sx%s%n", seed, seed,
                DurationConverter.format(options.tick), trim(options.speed), time);
        out.println(options.duration == null ? "Press Ctrl-C to stop."
                : "Stops after " + DurationConverter.format(options.duration) + " or on Ctrl-C.");
        out.flush();
    }

    private static String registerMap(ModbusSimulator sim) {
        List<String> parts = new ArrayList<>();
        String[] names = {"coils", "discrete inputs", "input registers", "holding registers"};
        RegisterTable[] tables =
                {RegisterTable.COIL, RegisterTable.DISCRETE, RegisterTable.INPUT, RegisterTable.HOLDING};
        for (int i = 0; i < tables.length; i++) {
            int size = sim.device().tableSize(tables[i]);
            if (size > 0) {
                parts.add(names[i] + " 0.." + (size - 1));
            }
        }
        return String.join(", ", parts);
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
