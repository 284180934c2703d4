package org.misono.sim.modbus.cli;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.misono.profile.DeviceClass;
import org.misono.sim.meter.MeterBehaviour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A household electricity meter. */
@Command(name = "meter", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Serve a household electricity meter: a daily load curve with appliances, optional rooftop "
                + "solar that makes the power negative, energy counters that add up.")
final class MeterCommand implements Callable<Integer> {

    @Option(names = "--profile", defaultValue = "misono/home-energy-meter", paramLabel = "ID|FILE",
            description = "Meter profile: catalogue id or file (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--pv-peak", defaultValue = "0", paramLabel = "WATTS",
            description = "Rooftop solar yield at noon in full sun, e.g. 4000 (default: ${DEFAULT-VALUE}, no solar).")
    double pvPeakWatts;

    @Option(names = "--time-of-day", paramLabel = "HH:MM",
            description = "Simulated time of day to start at, e.g. 12:00 (default: the time now).")
    String timeOfDay;

    @Mixin
    ServeOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UserError {
        if (pvPeakWatts < 0) {
            throw new UserError("--pv-peak must be 0 or more watts, not " + pvPeakWatts + ".");
        }
        LocalTime start;
        try {
            start = timeOfDay == null ? LocalTime.now().withNano(0) : LocalTime.parse(timeOfDay);
        } catch (DateTimeParseException e) {
            throw new UserError("--time-of-day " + timeOfDay + " is not a time; write it as HH:MM, e.g. 18:30.");
        }
        return new SimulatorRunner(spec.commandLine().getOut()).run(
                DeviceClassCheck.require(new ProfileResolver().resolve(profile), DeviceClass.ENERGY_METER),
                options, new MeterBehaviour.Settings(start, pvPeakWatts));
    }
}
