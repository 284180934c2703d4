package org.misono.modbus.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.misono.modbus.Hex.bytes;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import org.junit.jupiter.api.Test;
import org.misono.modbus.ModbusFrameException;

class MbapFrameTest {

    @Test
    void frame_of_the_fc3_example_has_length_6_and_the_unit_id_before_the_pdu() throws Exception {
        MbapFrame frame = new MbapFrame(1, 0x11, bytes("03 00 6B 00 03"));

        byte[] encoded = frame.encode();

        assertThat(encoded).isEqualTo(bytes("00 01 00 00 00 06 11 03 00 6B 00 03"));
        assertThat(MbapFrame.read(new ByteArrayInputStream(encoded))).isEqualTo(frame);
    }

    @Test
    void reads_consecutive_frames_from_one_stream() throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes(
                "12 34 00 00 00 05 01 04 02 00 0A  12 35 00 00 00 03 01 84 02"));

        assertThat(MbapFrame.read(in).transactionId()).isEqualTo(0x1234);
        MbapFrame second = MbapFrame.read(in);
        assertThat(second.transactionId()).isEqualTo(0x1235);
        assertThat(second.pdu()).isEqualTo(bytes("84 02"));
    }

    @Test
    void wrong_protocol_id_is_garbage() {
        assertThatThrownBy(() -> MbapFrame.read(new ByteArrayInputStream(bytes("00 01 00 01 00 06 11 03 00 6B 00 03"))))
                .isInstanceOf(ModbusFrameException.class)
                .hasMessageContaining("protocol id 1");
    }

    @Test
    void length_field_outside_2_to_254_is_garbage() {
        assertThatThrownBy(() -> MbapFrame.read(new ByteArrayInputStream(bytes("00 01 00 00 00 01 11"))))
                .isInstanceOf(ModbusFrameException.class).hasMessageContaining("length field 1");
        assertThatThrownBy(() -> MbapFrame.read(new ByteArrayInputStream(bytes("00 01 00 00 01 00 11"))))
                .isInstanceOf(ModbusFrameException.class).hasMessageContaining("length field 256");
    }

    @Test
    void stream_ending_inside_a_frame_is_end_of_file() {
        assertThatThrownBy(() -> MbapFrame.read(new ByteArrayInputStream(bytes("00 01 00 00 00 06 11 03 00"))))
                .isInstanceOf(EOFException.class);
        assertThatThrownBy(() -> MbapFrame.read(new ByteArrayInputStream(bytes("00 01 00"))))
                .isInstanceOf(EOFException.class);
    }
}
