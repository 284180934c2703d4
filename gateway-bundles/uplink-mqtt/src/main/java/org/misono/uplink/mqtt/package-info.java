/**
 * The MQTT uplink: a bounded queue between drivers and the broker, one Paho session that reconnects
 * with backoff, a birth and last will for honest online status, and heartbeats.
 */
package org.misono.uplink.mqtt;
