package org.misono.gateway.update.api;

import java.util.function.Consumer;

/**
 * Remote configuration of the whole gateway: a document in the format of gateway.yaml is validated, applied,
 * and kept only if the gateway stays healthy; otherwise the previous configuration comes back by itself.
 */
public interface ConfigurationService {

    /**
     * Starts a configuration change and returns at once. Progress: REFUSED (with every problem found),
     * or INSTALLING, then COMMITTED or ROLLED_BACK (with the reason).
     */
    void configure(String version, String document, Consumer<UpdateProgress> listener);

    /** The version of the configuration in force ("local" for the gateway's own file). */
    String runningConfiguration();
}
