package org.misono.sim.modbus.cli;

import java.util.concurrent.Callable;
import org.misono.profile.DeviceProfile;
import org.misono.sim.meter.MeterBehaviour;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Serves any profile, with the behaviour its device class calls for. */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = true,
        description = "Serve any device profile; stations and meters get their usual behaviour, other devices "
                + "keep their registers until written.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--profile", required = true, paramLabel = "ID|FILE",
            description = "Catalogue id such as misono/mobility-station-12, or the path of a profile file.")
    String profile;

    @Mixin
    ServeOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UserError {
        DeviceProfile resolved = new ProfileResolver().resolve(profile);
        return new SimulatorRunner(spec.commandLine().getOut())
                .run(resolved, options, MeterBehaviour.Settings.defaults());
    }
}
