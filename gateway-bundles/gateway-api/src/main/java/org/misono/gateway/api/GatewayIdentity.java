package org.misono.gateway.api;

/**
 * Who this gateway is: its id and the tenant (municipality) it belongs to, plus the firmware it runs.
 */
public interface GatewayIdentity {

    String gatewayId();

    String tenant();

    String firmwareVersion();
}
