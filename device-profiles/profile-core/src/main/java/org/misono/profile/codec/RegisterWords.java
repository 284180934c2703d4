package org.misono.profile.codec;

import org.misono.profile.Endianness;

/** Reorders register words and their bytes into one big-endian byte string, and back. */
final class RegisterWords {

    private RegisterWords() {
    }

    static byte[] toBytes(int[] words, Endianness byteOrder, Endianness wordOrder) {
        int n = words.length;
        byte[] out = new byte[n * 2];
        for (int i = 0; i < n; i++) {
            int word = words[wordOrder == Endianness.BIG ? i : n - 1 - i];
            byte hi = (byte) (word >>> 8);
            byte lo = (byte) word;
            out[2 * i] = byteOrder == Endianness.BIG ? hi : lo;
            out[2 * i + 1] = byteOrder == Endianness.BIG ? lo : hi;
        }
        return out;
    }

    static int[] toWords(byte[] bytes, Endianness byteOrder, Endianness wordOrder) {
        int n = bytes.length / 2;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int hi = bytes[2 * i] & 0xFF;
            int lo = bytes[2 * i + 1] & 0xFF;
            int word = byteOrder == Endianness.BIG ? (hi << 8) | lo : (lo << 8) | hi;
            out[wordOrder == Endianness.BIG ? i : n - 1 - i] = word;
        }
        return out;
    }

    static long toLong(byte[] bigEndian) {
        long v = 0;
        for (byte b : bigEndian) {
            v = (v << 8) | (b & 0xFF);
        }
        return v;
    }

    static byte[] fromLong(long value, int bytes) {
        byte[] out = new byte[bytes];
        for (int i = bytes - 1; i >= 0; i--) {
            out[i] = (byte) value;
            value >>>= 8;
        }
        return out;
    }
}
