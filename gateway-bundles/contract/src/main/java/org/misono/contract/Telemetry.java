package org.misono.contract;

import java.util.List;

/**
 * Sent on {@code .../device/<device>/telemetry}: readings of one device.
 *
 * @param seq the gateway's message sequence number, rising by one per message across all its topics
 * @param ts epoch ms, the default timestamp of the readings
 */
public record Telemetry(long seq, long ts, List<ReadingRecord> readings) {

    public Telemetry {
        readings = List.copyOf(readings);
    }
}
