package org.misono.fleet.core.model;

/** A tenant as far as the fleet has seen it: through the gateways that reported under it. */
public record TenantSummary(String tenant, int gateways, int gatewaysOnline) {
}
