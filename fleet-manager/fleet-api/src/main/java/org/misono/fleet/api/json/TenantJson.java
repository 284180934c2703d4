package org.misono.fleet.api.json;

import org.misono.fleet.core.model.TenantSummary;

public record TenantJson(String tenant, int gateways, int gatewaysOnline) {

    public static TenantJson of(TenantSummary t) {
        return new TenantJson(t.tenant(), t.gateways(), t.gatewaysOnline());
    }
}
