package org.misono.sim;

import java.io.IOException;
import java.io.InputStream;
import org.misono.profile.DeviceProfile;
import org.misono.profile.catalogue.ProfileCatalogue;
import org.misono.profile.load.ProfileLoader;

/** The catalogue's profiles and the test's own, loaded the way a gateway loads them. */
public final class TestProfiles {

    private static final ProfileLoader LOADER = new ProfileLoader();
    private static final ProfileCatalogue CATALOGUE =
            ProfileCatalogue.fromClassPath(TestProfiles.class.getClassLoader(), LOADER);

    private TestProfiles() {
    }

    public static DeviceProfile station() {
        return CATALOGUE.find("misono/mobility-station-12").orElseThrow();
    }

    public static DeviceProfile meter() {
        return CATALOGUE.find("misono/home-energy-meter").orElseThrow();
    }

    /** A generic device with holding registers, a noRead range and unit id 5. */
    public static DeviceProfile thermostat() {
        try (InputStream in = TestProfiles.class.getResourceAsStream("/acme-thermostat.yaml")) {
            return LOADER.load("acme-thermostat.yaml", in);
        } catch (IOException | org.misono.profile.load.InvalidProfileException e) {
            throw new IllegalStateException(e);
        }
    }
}
