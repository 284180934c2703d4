package org.misono.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.misono.modbus.Hex.bytes;

import org.junit.jupiter.api.Test;

/** The request/response examples of the Modbus Application Protocol Specification V1.1b3, section 6. */
class PduSpecVectorsTest {

    @Test
    void fc1_read_coils_20_to_38() throws Exception {
        ReadRequest request = ReadRequest.readCoils(19, 19);
        assertThat(Pdu.encodeRequest(request)).isEqualTo(bytes("01 00 13 00 13"));

        ModbusResponse response = Pdu.decodeResponse(request, bytes("01 03 CD 6B 05"));

        // CD = 1100 1101: coils 27..20, LSB first; 05 carries coils 36..38 and zero padding
        assertThat(response.bits()).containsExactly(
                true, false, true, true, false, false, true, true,
                true, true, false, true, false, true, true, false,
                true, false, true);
        assertThat(Pdu.encodeResponse(request, response)).isEqualTo(bytes("01 03 CD 6B 05"));
    }

    @Test
    void fc2_read_discrete_inputs_197_to_218() throws Exception {
        ReadRequest request = ReadRequest.readDiscreteInputs(196, 22);
        assertThat(Pdu.encodeRequest(request)).isEqualTo(bytes("02 00 C4 00 16"));

        ModbusResponse response = Pdu.decodeResponse(request, bytes("02 03 AC DB 35"));

        assertThat(response.size()).isEqualTo(22);
        assertThat(response.bit(0)).isFalse(); // AC = 1010 1100
        assertThat(response.bit(2)).isTrue();
        assertThat(response.bit(21)).isTrue(); // 35 = 0011 0101, bit 5
        assertThat(Pdu.encodeResponse(request, response)).isEqualTo(bytes("02 03 AC DB 35"));
    }

    @Test
    void fc3_read_holding_registers_108_to_110() throws Exception {
        ReadRequest request = ReadRequest.readHoldingRegisters(107, 3);
        assertThat(Pdu.encodeRequest(request)).isEqualTo(bytes("03 00 6B 00 03"));
        assertThat(Pdu.decodeRequest(bytes("03 00 6B 00 03"))).isEqualTo(request);

        ModbusResponse response = Pdu.decodeResponse(request, bytes("03 06 02 2B 00 00 00 64"));

        assertThat(response.registers()).containsExactly(555, 0, 100);
        assertThat(Pdu.encodeResponse(request, response)).isEqualTo(bytes("03 06 02 2B 00 00 00 64"));
    }

    @Test
    void fc4_read_input_register_9() throws Exception {
        ReadRequest request = ReadRequest.readInputRegisters(8, 1);
        assertThat(Pdu.encodeRequest(request)).isEqualTo(bytes("04 00 08 00 01"));
        assertThat(Pdu.decodeResponse(request, bytes("04 02 00 0A")).registers()).containsExactly(10);
    }

    @Test
    void fc5_write_coil_173_on_is_echoed() throws Exception {
        WriteSingleCoil request = new WriteSingleCoil(172, true);
        assertThat(Pdu.encodeRequest(request)).isEqualTo(bytes("05 00 AC FF 00"));
        assertThat(Pdu.encodeResponse(request, ModbusResponse.writeConfirmed())).isEqualTo(bytes("05 00 AC FF 00"));
        assertThat(Pdu.decodeResponse(request, bytes("05 00 AC FF 00")).isWriteConfirmation()).isTrue();
    }

    @Test
    void fc6_write_register_2_is_echoed() throws Exception {
        WriteSingleRegister request = new WriteSingleRegister(1, 3);
        assertThat(Pdu.encodeRequest(request)).isEqualTo(bytes("06 00 01 00 03"));
        assertThat(Pdu.decodeResponse(request, bytes("06 00 01 00 03")).isWriteConfirmation()).isTrue();
    }

    @Test
    void fc15_write_ten_coils_from_20() throws Exception {
        WriteMultipleCoils request = new WriteMultipleCoils(19,
                new boolean[] {true, false, true, true, false, false, true, true, true, false});
        assertThat(Pdu.encodeRequest(request)).isEqualTo(bytes("0F 00 13 00 0A 02 CD 01"));
        assertThat(Pdu.decodeRequest(bytes("0F 00 13 00 0A 02 CD 01"))).isEqualTo(request);
        assertThat(Pdu.encodeResponse(request, ModbusResponse.writeConfirmed())).isEqualTo(bytes("0F 00 13 00 0A"));
        assertThat(Pdu.decodeResponse(request, bytes("0F 00 13 00 0A")).isWriteConfirmation()).isTrue();
    }

    @Test
    void fc16_write_two_registers_from_2() throws Exception {
        WriteMultipleRegisters request = new WriteMultipleRegisters(1, new int[] {0x000A, 0x0102});
        assertThat(Pdu.encodeRequest(request)).isEqualTo(bytes("10 00 01 00 02 04 00 0A 01 02"));
        assertThat(Pdu.decodeRequest(bytes("10 00 01 00 02 04 00 0A 01 02"))).isEqualTo(request);
        assertThat(Pdu.encodeResponse(request, ModbusResponse.writeConfirmed())).isEqualTo(bytes("10 00 01 00 02"));
    }

    @Test
    void exception_response_is_an_outcome_with_its_code() throws Exception {
        ReadRequest request = ReadRequest.readCoils(0, 1);

        ModbusResponse response = Pdu.decodeResponse(request, bytes("81 02"));

        assertThat(response.isException()).isTrue();
        assertThat(response.exceptionCode()).isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS);
        assertThat(response.exceptionCode().description()).contains("illegal data address");
        assertThat(Pdu.encodeResponse(request, response)).isEqualTo(bytes("81 02"));
    }
}
