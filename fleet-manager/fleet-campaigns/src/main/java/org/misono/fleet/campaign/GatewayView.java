package org.misono.fleet.campaign;

import java.time.ZoneId;

/** What a campaign needs to know of the fleet when it decides whom to send the change. */
public interface GatewayView {

    boolean isOnline(String gatewayId);

    /** The time zone of the gateway's site, for its maintenance window. */
    ZoneId zoneOf(String gatewayId);
}
