package org.misono.profile.codec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.misono.profile.DataType;
import org.misono.profile.Point;

/**
 * Decodes and encodes point values. Values are {@link Boolean}, {@link Long} (unscaled integers),
 * {@link Double} (floats and scaled numbers) or {@link String} (strings and enumeration labels).
 */
public final class RegisterCodec {

    private RegisterCodec() {
    }

    /** The value of a point in a coil or discrete input. */
    public static Boolean decodeBit(Point point, boolean bit) {
        return bit;
    }

    /**
     * The value of a point in input or holding registers.
     *
     * @param words the point's registers, each 0..65535, {@link Point#addressCount()} of them
     */
    public static Object decode(Point point, int[] words) throws PointDecodeException {
        if (words.length != point.addressCount()) {
            throw new IllegalArgumentException(point.id() + " spans " + point.addressCount() + " registers, got "
                    + words.length);
        }
        byte[] bytes = RegisterWords.toBytes(words, point.byteOrder(), point.wordOrder());
        DataType type = point.type();
        if (type == DataType.STRING) {
            return decodeString(bytes, point.length());
        }
        long raw = RegisterWords.toLong(bytes);
        if (type == DataType.BOOL) {
            return ((raw >>> point.bit()) & 1) == 1;
        }
        if (type == DataType.FLOAT32 || type == DataType.FLOAT64) {
            // via Float.toString so 0.1f reads as 0.1, not as its binary expansion 0.10000000149...
            double v = type == DataType.FLOAT32
                    ? Double.parseDouble(Float.toString(Float.intBitsToFloat((int) raw)))
                    : Double.longBitsToDouble(raw);
            if (!Double.isFinite(v)) {
                throw new PointDecodeException("holds " + v + ", not a number");
            }
            return point.isScaled() ? scaled(point, v) : v;
        }
        long integer = signExtend(raw, type);
        if (point.mask() != null) {
            integer = (integer & point.mask()) >>> point.shift();
        } else if (point.shift() != 0) {
            integer >>>= point.shift();
        }
        if (point.isEnum()) {
            long key = integer;
            return point.labelOf(key).orElseThrow(() -> new PointDecodeException(
                    "holds " + key + ", which is not one of the profile's values " + point.enumLabels().keySet()));
        }
        if (type == DataType.UINT64 && integer < 0) {
            return scaled(point, (double) (integer >>> 1) * 2.0 + (integer & 1));
        }
        return point.isScaled() ? (Object) scaled(point, integer) : (Object) integer;
    }

    /**
     * Scales and rounds to the resolution the scale and offset give, so a register of 652 with scale
     * 0.1 reads as 65.2 and not as 65.200000000000003.
     */
    private static double scaled(Point point, double raw) {
        double value = raw * point.scale() + point.offset();
        int decimals = Math.max(decimals(point.scale()), decimals(point.offset()));
        return decimals <= 0 ? value : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN)
                .doubleValue();
    }

    private static int decimals(double d) {
        return d == 0 ? 0 : BigDecimal.valueOf(d).stripTrailingZeros().scale();
    }

    /** The coil or discrete-input bit for a value. */
    public static boolean encodeBit(Point point, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException(point.id() + " takes true or false, not " + describe(value));
    }

    /**
     * The registers for a value.
     *
     * @param current the registers as they are now; bit fields change only their own bits
     */
    public static int[] encode(Point point, Object value, int[] current) {
        DataType type = point.type();
        int size = point.addressCount();
        if (type == DataType.STRING) {
            byte[] bytes = Arrays.copyOf(String.valueOf(value).getBytes(StandardCharsets.UTF_8), size * 2);
            return RegisterWords.toWords(bytes, point.byteOrder(), point.wordOrder());
        }
        long raw;
        if (type == DataType.BOOL) {
            long existing = RegisterWords.toLong(RegisterWords.toBytes(current, point.byteOrder(), point.wordOrder()));
            long mask = 1L << point.bit();
            raw = encodeBit(point, value) ? existing | mask : existing & ~mask;
        } else if (type == DataType.FLOAT32) {
            raw = Float.floatToIntBits((float) unscale(point, value)) & 0xFFFFFFFFL;
        } else if (type == DataType.FLOAT64) {
            raw = Double.doubleToLongBits(unscale(point, value));
        } else {
            raw = encodeInteger(point, value, current);
        }
        return RegisterWords.toWords(RegisterWords.fromLong(raw, size * 2), point.byteOrder(), point.wordOrder());
    }

    private static long encodeInteger(Point point, Object value, int[] current) {
        long integer;
        if (point.isEnum() && value instanceof String label) {
            integer = point.rawOf(label).orElseThrow(() -> new IllegalArgumentException(point.id() + " takes one of "
                    + point.enumLabels().values() + ", not '" + label + "'"));
        } else {
            integer = Math.round(unscale(point, value));
        }
        if (point.mask() != null) {
            long existing = RegisterWords.toLong(RegisterWords.toBytes(current, point.byteOrder(), point.wordOrder()));
            long shifted = integer << point.shift();
            if ((shifted & ~point.mask()) != 0) {
                throw new IllegalArgumentException(point.id() + " bit field cannot hold " + integer);
            }
            return (existing & ~point.mask()) | shifted;
        }
        checkRange(point, integer);
        return integer;
    }

    private static double unscale(Point point, Object value) {
        if (!(value instanceof Number n)) {
            throw new IllegalArgumentException(point.id() + " takes a number, not " + describe(value));
        }
        return (n.doubleValue() - point.offset()) / point.scale();
    }

    private static void checkRange(Point point, long v) {
        long min;
        long max;
        switch (point.type()) {
            case INT16 -> { min = Short.MIN_VALUE; max = Short.MAX_VALUE; }
            case UINT16 -> { min = 0; max = 0xFFFF; }
            case INT32 -> { min = Integer.MIN_VALUE; max = Integer.MAX_VALUE; }
            case UINT32 -> { min = 0; max = 0xFFFFFFFFL; }
            case UINT64 -> { min = 0; max = Long.MAX_VALUE; }
            default -> { min = Long.MIN_VALUE; max = Long.MAX_VALUE; }
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(point.id() + " (" + point.type().yamlName() + ") cannot hold " + v);
        }
    }

    private static long signExtend(long raw, DataType type) {
        return switch (type) {
            case INT16 -> (short) raw;
            case INT32 -> (int) raw;
            default -> raw;
        };
    }

    private static String decodeString(byte[] bytes, int length) {
        int end = Math.min(length, bytes.length);
        while (end > 0 && (bytes[end - 1] == 0 || bytes[end - 1] == ' ')) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    private static String describe(Object value) {
        return value == null ? "nothing" : "'" + value + "' (" + value.getClass().getSimpleName() + ")";
    }
}
