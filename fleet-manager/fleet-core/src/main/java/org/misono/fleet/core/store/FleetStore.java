package org.misono.fleet.core.store;

import java.util.List;
import org.misono.fleet.core.change.Change;

/** Where the fleet's state is written. Implementations are called from one writer thread only. */
public interface FleetStore {

    /**
     * Applies the changes in order, in one transaction: either all of them are stored or none is.
     * Applying a change twice leaves the same state (QoS 1 delivers some messages twice).
     *
     * @throws RuntimeException when the transaction failed; nothing of the batch was stored
     */
    void write(List<Change> changes);

    /**
     * Tells a store that is down from a change the store refuses.
     *
     * @throws RuntimeException when the store cannot be reached
     */
    void checkAvailable();
}
