package org.misono.uplink.mqtt;

/** A message waiting to be published. */
record OutboundMessage(String topic, byte[] payload, int qos, boolean retained) {
}
