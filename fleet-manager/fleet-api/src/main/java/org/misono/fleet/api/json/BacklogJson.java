package org.misono.fleet.api.json;

/** Readings held on a gateway, not yet delivered. */
public record BacklogJson(long messages, long bytes) {
}
