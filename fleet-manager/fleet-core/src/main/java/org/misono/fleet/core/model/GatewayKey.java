package org.misono.fleet.core.model;

import java.util.Objects;

/** A gateway is only unique within its tenant, so the tenant is part of every key. */
public record GatewayKey(String tenant, String gateway) {

    public GatewayKey {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(gateway, "gateway");
    }

    public DeviceKey device(String device) {
        return new DeviceKey(tenant, gateway, device);
    }

    @Override
    public String toString() {
        return tenant + "/" + gateway;
    }
}
