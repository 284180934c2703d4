package org.misono.gateway.api;

import java.util.Optional;
import org.misono.profile.DeviceProfile;

/** The profiles this gateway knows, by {@code id} or {@code id@version}. */
public interface ProfileRepository {

    Optional<DeviceProfile> find(String reference);
}
