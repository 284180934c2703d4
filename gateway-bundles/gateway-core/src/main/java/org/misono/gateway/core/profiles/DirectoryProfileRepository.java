package org.misono.gateway.core.profiles;

import java.nio.file.Path;
import java.util.Optional;
import org.misono.gateway.api.ConfigurationPids;
import org.misono.gateway.api.ProfileRepository;
import org.misono.gateway.core.identity.GatewayConfig;
import org.misono.profile.DeviceProfile;
import org.misono.profile.catalogue.ProfileCatalogue;
import org.misono.profile.load.ProfileLoader;
import org.misono.profile.load.ProfileProblem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The profiles in the gateway's profiles folder. Broken files are logged with their line and field and
 * skipped; the devices whose profiles loaded keep working.
 */
@Component(configurationPid = ConfigurationPids.GATEWAY, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class DirectoryProfileRepository implements ProfileRepository {

    private static final Logger LOG = LoggerFactory.getLogger(DirectoryProfileRepository.class);

    private volatile ProfileCatalogue catalogue;

    @Activate
    void activate(GatewayConfig config) {
        Path dir = Path.of(config.profiles_dir());
        ProfileCatalogue loaded = ProfileCatalogue.fromDirectory(dir, new ProfileLoader());
        for (ProfileProblem problem : loaded.problems()) {
            LOG.error("Skipping a profile: {}", problem);
        }
        LOG.info("Loaded {} device profile(s) from {}", loaded.profiles().size(), dir.toAbsolutePath());
        catalogue = loaded;
    }

    @Override
    public Optional<DeviceProfile> find(String reference) {
        return catalogue.find(reference);
    }
}
