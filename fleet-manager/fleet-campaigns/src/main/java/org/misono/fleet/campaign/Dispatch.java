package org.misono.fleet.campaign;

/** Send this change to this gateway now. */
public record Dispatch(String campaignId, String gatewayId, Change change) {
}
