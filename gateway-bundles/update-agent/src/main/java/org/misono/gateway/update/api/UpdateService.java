package org.misono.gateway.update.api;

import java.util.function.Consumer;

/** The gateway's update agent. */
public interface UpdateService {

    /**
     * Starts an update and returns at once; progress goes to the listener. The final phase of this call is
     * REFUSED, FAILED or RESTARTING; after the restart the new release commits or rolls back and reports it
     * through {@link #lastOutcome()} and to listeners registered then.
     */
    void update(UpdateRequest request, Consumer<UpdateProgress> listener);

    /** The release the gateway runs. */
    String runningRelease();

    /** How the last update that reached a restart ended, or null if none did. */
    UpdateProgress lastOutcome();
}
