package org.misono.sim.device;

import java.util.Arrays;

/**
 * The contents of one Modbus table of a simulated device: 16-bit words, or 0/1 for coils and discrete
 * inputs. Not thread-safe; {@link SimulatedDevice} guards it.
 */
final class RegisterBank {

    private final int[] cells;

    RegisterBank(int size) {
        cells = new int[size];
    }

    private RegisterBank(int[] cells) {
        this.cells = cells;
    }

    int size() {
        return cells.length;
    }

    int[] get(int start, int count) {
        return Arrays.copyOfRange(cells, start, start + count);
    }

    void set(int start, int[] values) {
        System.arraycopy(values, 0, cells, start, values.length);
    }

    RegisterBank copy() {
        return new RegisterBank(cells.clone());
    }

    void restore(RegisterBank saved) {
        System.arraycopy(saved.cells, 0, cells, 0, cells.length);
    }
}
