package org.misono.modbus;

/** Big-endian words and LSB-first bit packing, as the Modbus PDU lays them out. */
final class PduBytes {

    private PduBytes() {
    }

    static int u16(byte[] pdu, int offset) {
        return ((pdu[offset] & 0xFF) << 8) | (pdu[offset + 1] & 0xFF);
    }

    static void putU16(byte[] pdu, int offset, int value) {
        pdu[offset] = (byte) (value >>> 8);
        pdu[offset + 1] = (byte) value;
    }

    static int packedLength(int bitCount) {
        return (bitCount + 7) / 8;
    }

    /** Bit i goes to byte i / 8, bit position i % 8: the first coil is the least significant bit. */
    static void packBits(boolean[] bits, byte[] into, int offset) {
        for (int i = 0; i < bits.length; i++) {
            if (bits[i]) {
                into[offset + i / 8] |= (byte) (1 << (i % 8));
            }
        }
    }

    static boolean[] unpackBits(byte[] from, int offset, int count) {
        boolean[] bits = new boolean[count];
        for (int i = 0; i < count; i++) {
            bits[i] = (from[offset + i / 8] & (1 << (i % 8))) != 0;
        }
        return bits;
    }

    static int[] words(byte[] from, int offset, int count) {
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            words[i] = u16(from, offset + 2 * i);
        }
        return words;
    }

    static void putWords(int[] words, byte[] into, int offset) {
        for (int i = 0; i < words.length; i++) {
            putU16(into, offset + 2 * i, words[i]);
        }
    }

    static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder();
        int shown = Math.min(bytes.length, 32);
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02X", bytes[i] & 0xFF));
        }
        if (shown < bytes.length) {
            sb.append(" ... (").append(bytes.length).append(" bytes)");
        }
        return sb.toString();
    }
}
