package org.misono.profile;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

/**
 * One data point of a device: where it lives, how its raw value is encoded and what it means.
 *
 * <p>Points declared in a group appear once per instance, with the group's id and the instance number
 * (e.g. {@code dock07.battery} has group {@code dock} and instance 7).
 *
 * @param semantic what the point means in the domain, e.g. {@code dock.batteryLevel}; null when the
 *     profile does not say
 * @param bit for a boolean inside a register: the bit number, 0 = least significant; else null
 * @param mask for a bit field inside an integer: the mask applied before {@link #shift()}; else null
 * @param enumLabels raw integer to label, empty unless the point is an enumeration
 */
public record Point(
        String id,
        String name,
        String description,
        String semantic,
        String group,
        Integer instance,
        RegisterAddress register,
        DataType type,
        int length,
        Endianness byteOrder,
        Endianness wordOrder,
        Integer bit,
        Long mask,
        int shift,
        double scale,
        double offset,
        String unit,
        Map<Long, String> enumLabels,
        Access access) {

    public Point {
        enumLabels = Collections.unmodifiableMap(new TreeMap<>(enumLabels));
    }

    /** Addresses the point occupies in its table. */
    public int addressCount() {
        if (register.table().isBits()) {
            return 1;
        }
        return type == DataType.STRING ? (length + 1) / 2 : type.registers();
    }

    public RegisterRange span() {
        return new RegisterRange(register.table(), register.address(), addressCount());
    }

    /** Whether the point reads only some bits of its registers, so others may share them. */
    public boolean isBitField() {
        return bit != null || mask != null;
    }

    public boolean isEnum() {
        return !enumLabels.isEmpty();
    }

    public boolean isScaled() {
        return scale != 1.0 || offset != 0.0;
    }

    public Optional<String> labelOf(long raw) {
        return Optional.ofNullable(enumLabels.get(raw));
    }

    public Optional<Long> rawOf(String label) {
        return enumLabels.entrySet().stream()
                .filter(e -> e.getValue().equals(label))
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
