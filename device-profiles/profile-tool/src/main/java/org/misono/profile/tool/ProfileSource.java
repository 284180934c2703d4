package org.misono.profile.tool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.misono.profile.DeviceProfile;
import org.misono.profile.catalogue.ProfileCatalogue;
import org.misono.profile.load.InvalidProfileException;
import org.misono.profile.load.ProfileLoader;

/** A profile named by a file path, or by id from the built-in catalogue. */
final class ProfileSource {

    private ProfileSource() {
    }

    static DeviceProfile resolve(String name) throws InvalidProfileException {
        ProfileLoader loader = new ProfileLoader();
        Path file = Path.of(name);
        if (Files.isRegularFile(file)) {
            return loader.load(file);
        }
        ProfileCatalogue catalogue = catalogue(loader);
        return catalogue.find(name).orElseThrow(() -> new IllegalArgumentException("'" + name
                + "' is neither a file nor a catalogue profile; the catalogue has: "
                + catalogue.profiles().stream().map(DeviceProfile::reference).collect(Collectors.joining(", "))));
    }

    static ProfileCatalogue catalogue(ProfileLoader loader) {
        return ProfileCatalogue.fromClassPath(ProfileSource.class.getClassLoader(), loader);
    }
}
