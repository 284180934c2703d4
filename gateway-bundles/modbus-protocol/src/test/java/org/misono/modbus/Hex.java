package org.misono.modbus;

/** Byte vectors written the way the Modbus specification prints them, e.g. {@code "03 00 6B 00 03"}. */
public final class Hex {

    private Hex() {
    }

    public static byte[] bytes(String hex) {
        String[] parts = hex.trim().split("\\s+");
        byte[] out = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return out;
    }
}
