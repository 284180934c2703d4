package org.misono.sim.modbus.cli;

import java.util.concurrent.Callable;
import org.misono.profile.DeviceClass;
import org.misono.sim.meter.MeterBehaviour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** A busy multi-mobility station. */
@Command(name = "station", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Serve a multi-mobility station: vehicles arrive and leave every few seconds, batteries "
                + "charge, docks lock and unlock. Writing a dock's unlock coil releases its vehicle."})
final class StationCommand implements Callable<Integer> {

    @Option(names = "--profile", defaultValue = "misono/mobility-station-12", paramLabel = "ID|FILE",
            description = "Station profile: catalogue id or file (default: ${DEFAULT-VALUE}).")
    String profile;

    @Mixin
    ServeOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UserError {
        return new SimulatorRunner(spec.commandLine().getOut()).run(
                DeviceClassCheck.require(new ProfileResolver().resolve(profile), DeviceClass.MOBILITY_STATION),
                options, MeterBehaviour.Settings.defaults());
    }
}
