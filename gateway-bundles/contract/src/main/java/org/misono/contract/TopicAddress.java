package org.misono.contract;

/**
 * The parts of a native-dialect topic.
 *
 * @param device null for gateway-level channels
 */
public record TopicAddress(String tenant, String gateway, String device, Channel channel) {
}
