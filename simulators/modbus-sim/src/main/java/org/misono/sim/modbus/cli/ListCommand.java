package org.misono.sim.modbus.cli;

import java.io.PrintWriter;
import org.misono.profile.DeviceProfile;
import org.misono.profile.catalogue.ProfileCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The catalogue's profiles, so a technician sees what can be simulated. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the device profiles in the catalogue.")
final class ListCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        ProfileCatalogue catalogue = new ProfileResolver().catalogue();
        for (DeviceProfile p : catalogue.profiles()) {
            out.printf("%-32s %-8s %-17s %s %s%n", p.id(), p.version(), p.deviceClass().yamlName(), p.vendor(),
                    p.model());
        }
        catalogue.problems().forEach(problem -> out.println("skipped: " + problem));
        out.flush();
    }
}
