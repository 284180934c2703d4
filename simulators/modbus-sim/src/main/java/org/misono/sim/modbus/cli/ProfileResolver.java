package org.misono.sim.modbus.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.misono.profile.DeviceProfile;
import org.misono.profile.catalogue.ProfileCatalogue;
import org.misono.profile.load.InvalidProfileException;
import org.misono.profile.load.ProfileLoader;

/** Finds a profile by catalogue id (e.g. {@code misono/mobility-station-12}) or by the path of its file. */
final class ProfileResolver {

    private final ProfileLoader loader = new ProfileLoader();

    DeviceProfile resolve(String idOrPath) throws UserError {
        Path file = Path.of(idOrPath);
        if (Files.isRegularFile(file)) {
            return load(file);
        }
        if (looksLikeFile(idOrPath)) {
            throw new UserError("There is no profile file " + file.toAbsolutePath() + ".");
        }
        ProfileCatalogue catalogue = catalogue();
        return catalogue.find(idOrPath).orElseThrow(() -> new UserError("There is no profile '" + idOrPath
                + "' in the catalogue. Known profiles: " + known(catalogue)
                + ". Or give the path of a profile file, e.g. --profile ./my-device.yaml."));
    }

    ProfileCatalogue catalogue() {
        return ProfileCatalogue.fromClassPath(ProfileResolver.class.getClassLoader(), loader);
    }

    private DeviceProfile load(Path file) throws UserError {
        try {
            return loader.load(file);
        } catch (InvalidProfileException e) {
            throw new UserError("The profile file " + file + " cannot be used:\n" + e.problems().stream()
                    .map(p -> "  " + p).collect(Collectors.joining("\n")));
        }
    }

    private static boolean looksLikeFile(String s) {
        return s.endsWith(".yaml") || s.endsWith(".yml") || s.endsWith(".json") || s.startsWith(".")
                || s.startsWith("/") || s.contains("\\");
    }

    private static String known(ProfileCatalogue catalogue) {
        return catalogue.profiles().stream().map(DeviceProfile::id).distinct().collect(Collectors.joining(", "));
    }
}
