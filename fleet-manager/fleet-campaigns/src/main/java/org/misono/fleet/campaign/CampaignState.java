package org.misono.fleet.campaign;

/** Where a campaign stands as a whole. */
public enum CampaignState {
    RUNNING,
    /** Stopped sending until an operator resumes it, by the operator or by its failure threshold. */
    PAUSED,
    /** Stopped for good by an operator; gateways already sent the change finish on their own. */
    ABORTED,
    COMPLETED
}
