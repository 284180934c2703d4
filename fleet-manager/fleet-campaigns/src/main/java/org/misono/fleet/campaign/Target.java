package org.misono.fleet.campaign;

import java.time.Instant;

/**
 * One gateway of a campaign.
 *
 * @param wave the wave it belongs to, from 0
 * @param percent of the download, -1 where it does not apply
 * @param detail the gateway's last word, e.g. why it rolled back
 * @param attempts how often it was sent the change
 */
public record Target(String gatewayId, int wave, TargetState state, int percent, String detail, int attempts,
        Instant updatedAt) {

    Target with(TargetState newState, int newPercent, String newDetail, Instant now) {
        return new Target(gatewayId, wave, newState, newPercent, newDetail, attempts, now);
    }

    Target sent(Instant now) {
        return new Target(gatewayId, wave, TargetState.SENT, -1, null, attempts + 1, now);
    }
}
