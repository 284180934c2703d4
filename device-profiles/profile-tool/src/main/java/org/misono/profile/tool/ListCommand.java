package org.misono.profile.tool;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.misono.profile.DeviceProfile;
import org.misono.profile.catalogue.ProfileCatalogue;
import org.misono.profile.load.ProfileLoader;
import org.misono.profile.load.ProfileProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "list", description = "Lists the profiles of the built-in catalogue, or of a folder.")
final class ListCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "A folder of profiles instead of the catalogue.")
    private Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ProfileLoader loader = new ProfileLoader();
        ProfileCatalogue catalogue = dir != null ? ProfileCatalogue.fromDirectory(dir, loader)
                : ProfileSource.catalogue(loader);
        for (DeviceProfile p : catalogue.profiles()) {
            out.printf("%-36s %-18s %-12s %s %s%n", p.reference(), p.deviceClass().yamlName(), p.protocol().yamlName(),
                    p.vendor(), p.model());
        }
        for (ProfileProblem problem : catalogue.problems()) {
            spec.commandLine().getErr().println(problem);
        }
        return catalogue.problems().isEmpty() ? 0 : 1;
    }
}
