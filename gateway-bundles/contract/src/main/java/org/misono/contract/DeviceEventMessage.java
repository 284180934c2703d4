package org.misono.contract;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Sent on {@code .../device/<device>/event}, once per change, e.g. {@code device.offline}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeviceEventMessage(long seq, long ts, String type, String reason) {
}
