package org.misono.gateway.api;

import java.util.List;

/**
 * The gateway's whole configuration as one document (the format of gateway.yaml), replaced remotely:
 * validated before anything changes, applied through Configuration Admin, then kept or reverted by whoever
 * judges the gateway's health afterwards. A kept document survives restarts and takes precedence over the
 * local file, which remains the starting point of a gateway that was never configured remotely.
 */
public interface GatewayConfigurator {

    /** The version of the local file, before any remote configuration was kept. */
    String LOCAL = "local";

    /** Problems with a document, each naming line, field and reason; empty when it can be applied. */
    List<String> validate(String text);

    /** The version of the configuration in force: {@value #LOCAL} or the version it was applied as. */
    String runningVersion();

    /** Applies a document now; the one before is remembered until {@link #commit()} or {@link #revert}. */
    void apply(String version, String text);

    /** Keeps the applied document, across restarts too. */
    void commit();

    /** Returns to the document in force before the last {@link #apply}. */
    void revert(String reason);
}
