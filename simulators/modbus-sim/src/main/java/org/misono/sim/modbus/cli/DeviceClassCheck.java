package org.misono.sim.modbus.cli;

import org.misono.profile.DeviceClass;
import org.misono.profile.DeviceProfile;

/** Keeps "station" from serving a meter profile and the other way round, and says which command fits. */
final class DeviceClassCheck {

    private DeviceClassCheck() {
    }

    static DeviceProfile require(DeviceProfile profile, DeviceClass expected) throws UserError {
        if (profile.deviceClass() == expected) {
            return profile;
        }
        String command = switch (profile.deviceClass()) {
            case MOBILITY_STATION -> "station";
            case ENERGY_METER -> "meter";
            case GENERIC -> "serve";
        };
        throw new UserError(profile.id() + " has device class " + profile.deviceClass().yamlName()
                + "; this command needs one of class " + expected.yamlName() + ". Serve it with: modbus-sim "
                + command + " --profile " + profile.id());
    }
}
