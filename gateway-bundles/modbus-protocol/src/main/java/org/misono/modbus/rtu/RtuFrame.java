package org.misono.modbus.rtu;

import java.util.Arrays;
import org.misono.modbus.ModbusFrameException;
import org.misono.modbus.Pdu;

/**
 * One Modbus RTU frame: unit address, PDU, CRC-16 (low byte first). Finding where a frame ends on a
 * serial line (3.5 character silence, or the function code's length rules) is the transport's job; this
 * class encodes and checks complete frames.
 *
 * @param unitId 0 (broadcast) to 247 on a serial line; gateways may use up to 255
 */
public record RtuFrame(int unitId, byte[] pdu) {

    /** Address, function code, CRC. */
    public static final int MIN_LENGTH = 4;

    public RtuFrame {
        if (unitId < 0 || unitId > 0xFF) {
            throw new IllegalArgumentException("unit id must be 0..255, not " + unitId);
        }
        if (pdu.length < 1 || pdu.length > Pdu.MAX_LENGTH) {
            throw new IllegalArgumentException("PDU must be 1.." + Pdu.MAX_LENGTH + " bytes, not " + pdu.length);
        }
        pdu = pdu.clone();
    }

    @Override
    public byte[] pdu() {
        return pdu.clone();
    }

    public byte[] encode() {
        byte[] frame = new byte[pdu.length + 3];
        frame[0] = (byte) unitId;
        System.arraycopy(pdu, 0, frame, 1, pdu.length);
        int crc = Crc16.of(frame, 0, pdu.length + 1);
        frame[frame.length - 2] = (byte) crc;
        frame[frame.length - 1] = (byte) (crc >>> 8);
        return frame;
    }

    /** @throws ModbusFrameException when the frame is too short, too long or its CRC does not match */
    public static RtuFrame decode(byte[] frame) throws ModbusFrameException {
        if (frame.length < MIN_LENGTH || frame.length > Pdu.MAX_LENGTH + 3) {
            throw new ModbusFrameException("RTU frame of " + frame.length + " bytes; expected " + MIN_LENGTH + ".."
                    + (Pdu.MAX_LENGTH + 3) + ": " + Pdu.hex(frame));
        }
        int expected = Crc16.of(frame, 0, frame.length - 2);
        int actual = (frame[frame.length - 2] & 0xFF) | (frame[frame.length - 1] & 0xFF) << 8;
        if (expected != actual) {
            throw new ModbusFrameException(String.format("RTU frame CRC is 0x%04X, the bytes give 0x%04X "
                    + "(line noise, wrong baud rate or parity?): %s", actual, expected, Pdu.hex(frame)));
        }
        return new RtuFrame(frame[0] & 0xFF, Arrays.copyOfRange(frame, 1, frame.length - 2));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RtuFrame other && other.unitId == unitId && Arrays.equals(other.pdu, pdu);
    }

    @Override
    public int hashCode() {
        return 31 * unitId + Arrays.hashCode(pdu);
    }

    @Override
    public String toString() {
        return "RTU unit " + unitId + " PDU " + Pdu.hex(pdu);
    }
}
