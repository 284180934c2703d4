package org.misono.fleet.core.model;

import java.util.Objects;

/** A device is only unique within its gateway. */
public record DeviceKey(String tenant, String gateway, String device) {

    public DeviceKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(device, "device");
    }

    public GatewayKey gatewayKey() {
        return new GatewayKey(tenant, gateway);
    }

    @Override
    public String toString() {
        return tenant + "/" + gateway + "/" + device;
    }
}
