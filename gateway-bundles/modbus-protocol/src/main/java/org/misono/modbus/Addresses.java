package org.misono.modbus;

/** Range checks shared by the request values. */
final class Addresses {

    private Addresses() {
    }

    static void checkSpan(int address, int quantity, int maxQuantity, String what) {
        if (address < 0 || address > 0xFFFF) {
            throw new IllegalArgumentException("address must be 0..65535, not " + address);
        }
        if (quantity < 1 || quantity > maxQuantity) {
            throw new IllegalArgumentException(what + " must be 1.." + maxQuantity + " per request, not " + quantity);
        }
        if (address + quantity > 0x10000) {
            throw new IllegalArgumentException(quantity + " " + what + " from address " + address
                    + " run past address 65535");
        }
    }

    static void checkRegisterValue(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("a register holds 0..65535, not " + value);
        }
    }
}
