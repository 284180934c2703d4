package org.misono.profile;

/** A zero-based address in one of the Modbus tables. */
public record RegisterAddress(RegisterTable table, int address) {

    public RegisterAddress {
        if (address < 0 || address > 0xFFFF) {
            throw new IllegalArgumentException("address out of range 0..65535: " + address);
        }
    }

    public RegisterAddress plus(int delta) {
        return new RegisterAddress(table, address + delta);
    }

    @Override
    public String toString() {
        return table.yamlName() + ":" + address;
    }
}
