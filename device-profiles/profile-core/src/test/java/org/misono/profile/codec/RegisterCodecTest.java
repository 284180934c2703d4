package org.misono.profile.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.misono.profile.DeviceProfile;
import org.misono.profile.Point;
import org.misono.profile.load.InvalidProfileException;
import org.misono.profile.load.ProfileLoader;

class RegisterCodecTest {

    private static final ProfileLoader LOADER = new ProfileLoader();

    private static Point point(String fields) throws InvalidProfileException {
        DeviceProfile profile = LOADER.parse("test.yaml", """
                formatVersion: 1
                id: acme/codec
                vendor: Acme
                model: C
                version: 1.0.0
                deviceClass: generic
                protocol: modbus-tcp
                points:
                  - { id: p, register: { table: holding, address: 0 }, %s }
                """.formatted(fields));
        return profile.point("p").orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}/{2} {3} -> {4}")
    @CsvSource(delimiter = ';', value = {
        "int16;   big;    big;    0xFFFE;              -2",
        "uint16;  big;    big;    0xFFFE;              65534",
        "uint16;  little; big;    0x3412;              4660",
        "int32;   big;    big;    0xFFFF 0xFFFF;       -1",
        "uint32;  big;    big;    0x0001 0x0002;       65538",
        "uint32;  big;    little; 0x0002 0x0001;       65538",
        "uint32;  little; little; 0x0200 0x0100;       65538",
        "int64;   big;    big;    0xFFFF 0xFFFF 0xFFFF 0xFFFE; -2",
        "uint64;  big;    big;    0x0000 0x0000 0x0001 0x0000; 65536",
    })
    void decodes_integers_in_every_byte_and_word_order(String type, String byteOrder, String wordOrder,
            String words, long expected) throws Exception {
        Point p = point("type: " + type + ", byteOrder: " + byteOrder + ", wordOrder: " + wordOrder);

        int[] registers = parse(words);

        assertThat(RegisterCodec.decode(p, registers)).isEqualTo(expected);
        assertThat(RegisterCodec.encode(p, expected, new int[registers.length])).containsExactly(registers);
    }

    @Test
    void decodes_float32_the_way_ieee_754_lays_it_out_and_swapped() throws Exception {
        // 230.5 V = 0x43668000
        assertThat(RegisterCodec.decode(point("type: float32"), new int[] {0x4366, 0x8000})).isEqualTo(230.5);
        assertThat(RegisterCodec.decode(point("type: float32, wordOrder: little"), new int[] {0x8000, 0x4366}))
                .isEqualTo(230.5);
    }

    @Test
    void applies_scale_and_offset_both_ways() throws Exception {
        Point p = point("type: int16, scale: 0.1, offset: -40");

        assertThat(RegisterCodec.decode(p, new int[] {652})).isEqualTo(25.2);
        assertThat(RegisterCodec.encode(p, 25.2, new int[1])).containsExactly(652);
    }

    @Test
    void maps_enumeration_values_to_labels_and_refuses_unknown_values() throws Exception {
        Point p = point("type: uint16, enum: { 0: unlocked, 1: locked, 2: fault }");

        assertThat(RegisterCodec.decode(p, new int[] {1})).isEqualTo("locked");
        assertThat(RegisterCodec.encode(p, "fault", new int[1])).containsExactly(2);
        assertThatThrownBy(() -> RegisterCodec.decode(p, new int[] {7}))
                .isInstanceOf(PointDecodeException.class).hasMessageContaining("holds 7");
        assertThatThrownBy(() -> RegisterCodec.encode(p, "open", new int[1]))
                .hasMessageContaining("takes one of [unlocked, locked, fault]");
    }

    @Test
    void reads_and_writes_single_bits_and_bit_fields_without_touching_their_neighbours() throws Exception {
        Point alarm = point("type: bool, bit: 3");
        Point mode = point("type: uint16, mask: 0x00F0, shift: 4");

        assertThat(RegisterCodec.decode(alarm, new int[] {0b1000})).isEqualTo(true);
        assertThat(RegisterCodec.encode(alarm, false, new int[] {0xFFFF})).containsExactly(0xFFF7);
        assertThat(RegisterCodec.decode(mode, new int[] {0x0A5C})).isEqualTo(5L);
        assertThat(RegisterCodec.encode(mode, 3L, new int[] {0x0A5C})).containsExactly(0x0A3C);
    }

    @Test
    void decodes_strings_without_their_padding() throws Exception {
        Point p = point("type: string, length: 8");

        int[] words = RegisterCodec.encode(p, "MMS-7", new int[4]);

        assertThat(words).hasSize(4);
        assertThat(RegisterCodec.decode(p, words)).isEqualTo("MMS-7");
    }

    @Test
    void refuses_values_the_type_cannot_hold() throws Exception {
        Point p = point("type: uint16, scale: 0.1");

        assertThatThrownBy(() -> RegisterCodec.encode(p, 7000.0, new int[1])).hasMessageContaining("cannot hold 70000");
        assertThatThrownBy(() -> RegisterCodec.encode(p, "high", new int[1])).hasMessageContaining("takes a number");
    }

    @Test
    void marks_a_float_that_is_not_a_number_as_undecodable() throws Exception {
        assertThatThrownBy(() -> RegisterCodec.decode(point("type: float32"), new int[] {0x7FC0, 0x0000}))
                .isInstanceOf(PointDecodeException.class).hasMessageContaining("not a number");
    }

    private static int[] parse(String words) {
        String[] parts = words.trim().split(" +");
        int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.decode(parts[i]);
        }
        return out;
    }
}
