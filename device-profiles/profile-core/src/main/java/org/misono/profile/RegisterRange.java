package org.misono.profile;

/** A run of consecutive addresses in one table, {@code [start, start + count)}. */
public record RegisterRange(RegisterTable table, int start, int count) {

    public RegisterRange {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive: " + count);
        }
    }

    /** One past the last address. */
    public int end() {
        return start + count;
    }

    public boolean overlaps(RegisterRange other) {
        return table == other.table && start < other.end() && other.start < end();
    }

    public boolean contains(RegisterRange other) {
        return table == other.table && start <= other.start && other.end() <= end();
    }

    @Override
    public String toString() {
        return table.yamlName() + ":" + start + (count > 1 ? ".." + (end() - 1) : "");
    }
}
