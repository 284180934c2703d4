package org.misono.fleet.campaign;

/**
 * What a gateway said about the change, mapped from its update progress.
 *
 * @param phase one of the gateway's phases: DOWNLOADING, VERIFYING, INSTALLING, RESTARTING, COMMITTED,
 *     REFUSED, FAILED, ROLLED_BACK
 */
public record GatewayReport(String gatewayId, String version, String phase, int percent, String detail) {

    TargetState targetState() {
        return switch (phase) {
            case "COMMITTED" -> TargetState.SUCCEEDED;
            case "REFUSED", "FAILED", "ROLLED_BACK" -> TargetState.FAILED;
            default -> TargetState.IN_PROGRESS;
        };
    }
}
