package org.misono.gateway.api;

import java.util.concurrent.CompletionStage;

/**
 * Writes to one device's writable points (e.g. a dock's unlock command). A driver registers one per
 * device it serves, with the service property {@value #DEVICE_ID_PROPERTY}; the downlink finds it by that.
 * The driver validates against the device's profile: unknown or read-only points and values the point
 * cannot hold come back as a refused {@link WriteOutcome}, never as an exception.
 */
public interface DeviceWriter {

    String DEVICE_ID_PROPERTY = "misono.device.id";

    String deviceId();

    /**
     * @param value {@link Boolean}, a {@link Number}, or a {@link String} (an enumeration label)
     * @return completes when the device confirmed the write or it failed; never exceptionally
     */
    CompletionStage<WriteOutcome> write(String pointId, Object value);
}
