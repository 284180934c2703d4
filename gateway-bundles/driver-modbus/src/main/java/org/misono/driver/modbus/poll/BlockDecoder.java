package org.misono.driver.modbus.poll;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.misono.profile.plan.ReadBlock;
import org.misono.gateway.api.Reading;
import org.misono.modbus.ModbusResponse;
import org.misono.profile.Point;
import org.misono.profile.codec.PointDecodeException;
import org.misono.profile.codec.RegisterCodec;

/** Turns one block's answer into readings: good values, or BAD with the reason, point by point. */
final class BlockDecoder {

    private BlockDecoder() {
    }

    static List<Reading> decode(ReadBlock block, ModbusResponse response, long ts) {
        if (response.isException()) {
            String reason = "device refused the read of " + block.range() + ": " + response.exceptionCode();
            return bad(block, reason, ts);
        }
        List<Reading> out = new ArrayList<>(block.points().size());
        boolean bits = block.range().table().isBits();
        int expected = block.range().count();
        if (response.size() < expected) {
            return bad(block, "device answered " + response.size() + " values for " + block.range()
                    + ", expected " + expected, ts);
        }
        for (Point p : block.points()) {
            int offset = block.offsetOf(p);
            if (bits) {
                out.add(Reading.good(p.id(), RegisterCodec.decodeBit(p, response.bit(offset)), ts));
                continue;
            }
            int[] words = Arrays.copyOfRange(response.registers(), offset, offset + p.addressCount());
            try {
                out.add(Reading.good(p.id(), RegisterCodec.decode(p, words), ts));
            } catch (PointDecodeException e) {
                out.add(Reading.bad(p.id(), "undecodable value: " + e.getMessage(), ts));
            }
        }
        return out;
    }

    static List<Reading> bad(ReadBlock block, String reason, long ts) {
        return block.points().stream().map(p -> Reading.bad(p.id(), reason, ts)).toList();
    }
}
