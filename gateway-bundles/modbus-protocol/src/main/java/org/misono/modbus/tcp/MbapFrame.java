package org.misono.modbus.tcp;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.misono.modbus.ModbusFrameException;
import org.misono.modbus.Pdu;

/**
 * One Modbus TCP frame: the MBAP header (transaction id, protocol id 0, length, unit id) and the PDU.
 *
 * @param transactionId 0..65535, chosen by the client and echoed by the server
 * @param unitId 0..255, the device behind a gateway; most TCP devices ignore it
 */
public record MbapFrame(int transactionId, int unitId, byte[] pdu) {

    public static final int HEADER_LENGTH = 7;
    /** The only protocol id there is: Modbus. */
    public static final int PROTOCOL_ID = 0;

    public MbapFrame {
        if (transactionId < 0 || transactionId > 0xFFFF) {
            throw new IllegalArgumentException("transaction id must be 0..65535, not " + transactionId);
        }
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
        byte[] frame = new byte[HEADER_LENGTH + pdu.length];
        frame[0] = (byte) (transactionId >>> 8);
        frame[1] = (byte) transactionId;
        // frame[2..3]: protocol id 0
        int length = 1 + pdu.length;
        frame[4] = (byte) (length >>> 8);
        frame[5] = (byte) length;
        frame[6] = (byte) unitId;
        System.arraycopy(pdu, 0, frame, HEADER_LENGTH, pdu.length);
        return frame;
    }

    /**
     * Reads the next frame from a stream, blocking until it is complete.
     *
     * @throws EOFException when the stream ends, between frames or inside one
     * @throws ModbusFrameException when the header is not Modbus TCP: the stream cannot be trusted after that
     */
    public static MbapFrame read(InputStream in) throws IOException, ModbusFrameException {
        DataInputStream data = in instanceof DataInputStream d ? d : new DataInputStream(in);
        byte[] header = new byte[HEADER_LENGTH];
        data.readFully(header);
        int tid = u16(header, 0);
        int protocol = u16(header, 2);
        int length = u16(header, 4);
        if (protocol != PROTOCOL_ID) {
            throw new ModbusFrameException("frame with protocol id " + protocol + ", expected 0 (not Modbus TCP?): "
                    + Pdu.hex(header));
        }
        if (length < 2 || length > 1 + Pdu.MAX_LENGTH) {
            throw new ModbusFrameException("frame with length field " + length + ", expected 2.."
                    + (1 + Pdu.MAX_LENGTH) + ": " + Pdu.hex(header));
        }
        byte[] pdu = new byte[length - 1];
        data.readFully(pdu);
        return new MbapFrame(tid, header[6] & 0xFF, pdu);
    }

    private static int u16(byte[] b, int offset) {
        return ((b[offset] & 0xFF) << 8) | (b[offset + 1] & 0xFF);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MbapFrame other && other.transactionId == transactionId && other.unitId == unitId
                && Arrays.equals(other.pdu, pdu);
    }

    @Override
    public int hashCode() {
        return (transactionId * 31 + unitId) * 31 + Arrays.hashCode(pdu);
    }

    @Override
    public String toString() {
        return "MBAP tid " + transactionId + " unit " + unitId + " PDU " + Pdu.hex(pdu);
    }
}
