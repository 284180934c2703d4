package org.misono.profile.tool;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.misono.profile.DeviceProfile;
import org.misono.profile.load.InvalidProfileException;
import org.misono.profile.load.ProfileLoader;
import org.misono.profile.load.ProfileProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = "Checks profile files against the schema and the register-map rules.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Profile files (.yaml, .yml or .json).")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ProfileLoader loader = new ProfileLoader();
        int invalid = 0;
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                err.println(file + ": no such file");
                invalid++;
                continue;
            }
            try {
                DeviceProfile p = loader.load(file);
                out.printf("%s: OK  %s, %d points%n", file, p.reference(), p.points().size());
            } catch (InvalidProfileException e) {
                invalid++;
                for (ProfileProblem problem : e.problems()) {
                    err.println(problem);
                }
            }
        }
        if (files.size() > 1) {
            out.printf("%d of %d profiles valid%n", files.size() - invalid, files.size());
        }
        return invalid == 0 ? 0 : 1;
    }
}
