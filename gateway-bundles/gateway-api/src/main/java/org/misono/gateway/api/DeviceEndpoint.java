package org.misono.gateway.api;

import org.misono.profile.DeviceProfile;

/**
 * A device the gateway serves: its id on this gateway, its profile, and where it is reached.
 *
 * @param address protocol-specific, e.g. {@code 10.0.0.7:502 unit 1}
 */
public record DeviceEndpoint(String deviceId, DeviceProfile profile, String address) {
}
