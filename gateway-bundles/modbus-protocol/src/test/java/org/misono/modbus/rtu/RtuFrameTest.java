package org.misono.modbus.rtu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.misono.modbus.Hex.bytes;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.misono.modbus.ModbusFrameException;
import org.misono.modbus.Pdu;
import org.misono.modbus.ReadRequest;

class RtuFrameTest {

    @Test
    void crc_matches_the_catalogued_check_value() {
        // CRC-16/MODBUS of the ASCII digits 1..9 is 0x4B37 in every CRC catalogue
        assertThat(Crc16.of("123456789".getBytes(StandardCharsets.US_ASCII))).isEqualTo(0x4B37);
    }

    @Test
    void read_request_frame_carries_its_crc_low_byte_first() {
        RtuFrame frame = new RtuFrame(1, Pdu.encodeRequest(ReadRequest.readHoldingRegisters(0, 10)));

        // the textbook frame "01 03 00 00 00 0A C5 CD"
        assertThat(frame.encode()).isEqualTo(bytes("01 03 00 00 00 0A C5 CD"));
    }

    @Test
    void frame_round_trips() throws Exception {
        RtuFrame frame = new RtuFrame(17, bytes("03 00 6B 00 03"));
        assertThat(RtuFrame.decode(frame.encode())).isEqualTo(frame);
    }

    @Test
    void corrupted_frame_fails_its_crc() {
        byte[] frame = bytes("01 03 00 00 00 0A C5 CD");
        frame[3] ^= 0x01;
        assertThatThrownBy(() -> RtuFrame.decode(frame))
                .isInstanceOf(ModbusFrameException.class)
                .hasMessageContaining("CRC");
    }

    @Test
    void short_frame_is_rejected() {
        assertThatThrownBy(() -> RtuFrame.decode(bytes("01 03 C5")))
                .isInstanceOf(ModbusFrameException.class)
                .hasMessageContaining("3 bytes");
    }
}
