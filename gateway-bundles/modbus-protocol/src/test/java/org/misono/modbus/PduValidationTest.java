package org.misono.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.misono.modbus.Hex.bytes;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PduValidationTest {

    @Test
    void every_request_type_survives_encode_and_decode() throws Exception {
        boolean[] coils = new boolean[Pdu.MAX_WRITE_BITS];
        for (int i = 0; i < coils.length; i += 3) {
            coils[i] = true;
        }
        int[] registers = IntStream.range(0, Pdu.MAX_WRITE_REGISTERS).map(i -> i * 521 % 65536).toArray();
        List<ModbusRequest> requests = List.of(
                ReadRequest.readCoils(0, Pdu.MAX_READ_BITS),
                ReadRequest.readDiscreteInputs(65535, 1),
                ReadRequest.readHoldingRegisters(65536 - Pdu.MAX_READ_REGISTERS, Pdu.MAX_READ_REGISTERS),
                ReadRequest.readInputRegisters(100, 7),
                new WriteSingleCoil(3, false),
                new WriteSingleRegister(9, 65535),
                new WriteMultipleCoils(10, coils),
                new WriteMultipleRegisters(500, registers));

        for (ModbusRequest request : requests) {
            byte[] pdu = Pdu.encodeRequest(request);
            assertThat(pdu.length).as("%s", request).isLessThanOrEqualTo(Pdu.MAX_LENGTH);
            assertThat(Pdu.decodeRequest(pdu)).as("%s", request).isEqualTo(request);
        }
    }

    @Test
    void read_responses_survive_encode_and_decode_at_the_limits() throws Exception {
        ReadRequest registers = ReadRequest.readInputRegisters(0, Pdu.MAX_READ_REGISTERS);
        ModbusResponse values = ModbusResponse.ofRegisters(IntStream.range(0, 125).map(i -> 65535 - i).toArray());
        byte[] pdu = Pdu.encodeResponse(registers, values);
        assertThat(pdu).hasSize(Pdu.MAX_LENGTH - 1);
        assertThat(Pdu.decodeResponse(registers, pdu)).isEqualTo(values);

        ReadRequest bits = ReadRequest.readCoils(0, Pdu.MAX_READ_BITS);
        boolean[] pattern = new boolean[Pdu.MAX_READ_BITS];
        pattern[0] = true;
        pattern[1999] = true;
        ModbusResponse bitValues = ModbusResponse.ofBits(pattern);
        assertThat(Pdu.decodeResponse(bits, Pdu.encodeResponse(bits, bitValues))).isEqualTo(bitValues);
    }

    @Test
    void requests_beyond_the_pdu_limits_cannot_be_built() {
        assertThatThrownBy(() -> ReadRequest.readHoldingRegisters(0, 126)).hasMessageContaining("1..125");
        assertThatThrownBy(() -> ReadRequest.readCoils(0, 2001)).hasMessageContaining("1..2000");
        assertThatThrownBy(() -> new WriteMultipleRegisters(0, new int[124])).hasMessageContaining("1..123");
        assertThatThrownBy(() -> new WriteMultipleCoils(0, new boolean[1969])).hasMessageContaining("1..1968");
        assertThatThrownBy(() -> ReadRequest.readInputRegisters(0, 0)).hasMessageContaining("1..125");
        assertThatThrownBy(() -> ReadRequest.readInputRegisters(65530, 10)).hasMessageContaining("past address 65535");
        assertThatThrownBy(() -> new WriteSingleRegister(0, 65536)).hasMessageContaining("0..65535");
        assertThatThrownBy(() -> new ReadRequest(FunctionCode.WRITE_SINGLE_COIL, 0, 1))
                .hasMessageContaining("function code 1 to 4");
    }

    @Test
    void request_values_are_immutable() {
        int[] values = {1, 2};
        WriteMultipleRegisters request = new WriteMultipleRegisters(0, values);
        values[0] = 99;
        request.values()[1] = 99;
        assertThat(request.values()).containsExactly(1, 2);
    }

    @Test
    void server_refuses_unknown_function_with_exception_1() {
        assertThatThrownBy(() -> Pdu.decodeRequest(bytes("2B 0E 01 00")))
                .isInstanceOfSatisfying(RejectedRequestException.class, e -> {
                    assertThat(e.functionCode()).isEqualTo(0x2B);
                    assertThat(e.exceptionCode()).isEqualTo(ExceptionCode.ILLEGAL_FUNCTION);
                });
        assertThat(Pdu.encodeException(0x2B, ExceptionCode.ILLEGAL_FUNCTION)).isEqualTo(bytes("AB 01"));
    }

    @Test
    void server_refuses_quantities_beyond_the_limits_with_exception_3() {
        assertRejected("03 00 00 00 7E", ExceptionCode.ILLEGAL_DATA_VALUE); // 126 registers
        assertRejected("01 00 00 07 D1", ExceptionCode.ILLEGAL_DATA_VALUE); // 2001 coils
        assertRejected("04 00 00 00 00", ExceptionCode.ILLEGAL_DATA_VALUE); // none
        assertRejected("05 00 01 12 34", ExceptionCode.ILLEGAL_DATA_VALUE); // coil value neither on nor off
        assertRejected("10 00 01 00 03 04 00 0A 01 02", ExceptionCode.ILLEGAL_DATA_VALUE); // 3 registers, 4 bytes
    }

    @Test
    void server_refuses_addresses_past_65535_with_exception_2() {
        assertRejected("03 FF FF 00 02", ExceptionCode.ILLEGAL_DATA_ADDRESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"03", "03 00 6B 00", "03 00 6B 00 03 00", "06 00 01", "10 00 01 00 02",
            "10 00 01 00 02 04 00 0A 01", "0F 00 13 00 0A 02 CD"})
    void malformed_request_is_a_frame_error_not_a_refusal(String hex) {
        assertThatThrownBy(() -> Pdu.decodeRequest(bytes(hex)))
                .isExactlyInstanceOf(ModbusFrameException.class)
                .hasMessageContaining("bytes");
    }

    @Test
    void empty_pdu_is_a_frame_error() {
        assertThatThrownBy(() -> Pdu.decodeRequest(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> Pdu.decodeResponse(ReadRequest.readCoils(0, 1), new byte[0]))
                .isInstanceOf(ModbusFrameException.class).hasMessageContaining("empty");
    }

    @Test
    void response_with_another_function_code_is_rejected() {
        assertThatThrownBy(() -> Pdu.decodeResponse(ReadRequest.readHoldingRegisters(0, 1), bytes("04 02 00 0A")))
                .isInstanceOf(ModbusFrameException.class)
                .hasMessageContaining("function code 4");
    }

    @Test
    void response_with_the_wrong_quantity_is_rejected() {
        ReadRequest three = ReadRequest.readHoldingRegisters(107, 3);
        assertThatThrownBy(() -> Pdu.decodeResponse(three, bytes("03 04 02 2B 00 00")))
                .isInstanceOf(ModbusFrameException.class).hasMessageContaining("byte count 4, expected 6");
        assertThatThrownBy(() -> Pdu.decodeResponse(three, bytes("03 06 02 2B 00 00")))
                .isInstanceOf(ModbusFrameException.class).hasMessageContaining("carries 4");
        assertThatThrownBy(() -> Pdu.decodeResponse(three, bytes("03")))
                .isInstanceOf(ModbusFrameException.class).hasMessageContaining("no byte count");
        assertThatThrownBy(() -> Pdu.decodeResponse(ReadRequest.readCoils(0, 9), bytes("01 01 FF")))
                .isInstanceOf(ModbusFrameException.class).hasMessageContaining("expected 2 for 9 bits");
    }

    @Test
    void write_echo_that_differs_from_the_request_is_rejected() {
        WriteSingleRegister request = new WriteSingleRegister(1, 3);
        assertThatThrownBy(() -> Pdu.decodeResponse(request, bytes("06 00 01 00 04")))
                .isInstanceOf(ModbusFrameException.class).hasMessageContaining("echoes 06 00 01 00 04");
        WriteMultipleRegisters multiple = new WriteMultipleRegisters(1, new int[] {1, 2});
        assertThatThrownBy(() -> Pdu.decodeResponse(multiple, bytes("10 00 01 00 03")))
                .isInstanceOf(ModbusFrameException.class);
        assertThatThrownBy(() -> Pdu.decodeResponse(multiple, bytes("10 00 01 00")))
                .isInstanceOf(ModbusFrameException.class);
    }

    @Test
    void exception_response_with_unknown_code_or_extra_bytes_is_rejected() {
        ReadRequest request = ReadRequest.readInputRegisters(0, 1);
        assertThatThrownBy(() -> Pdu.decodeResponse(request, bytes("84 07")))
                .isInstanceOf(ModbusFrameException.class).hasMessageContaining("unknown exception code 7");
        assertThatThrownBy(() -> Pdu.decodeResponse(request, bytes("84 02 00")))
                .isInstanceOf(ModbusFrameException.class);
    }

    @Test
    void every_exception_code_decodes_with_a_description() throws Exception {
        ReadRequest request = ReadRequest.readInputRegisters(0, 1);
        for (ExceptionCode code : ExceptionCode.values()) {
            ModbusResponse response = Pdu.decodeResponse(request, new byte[] {(byte) 0x84, (byte) code.code()});
            assertThat(response.exceptionCode()).isEqualTo(code);
            assertThat(code.description()).isNotBlank();
        }
        assertThat(ExceptionCode.of(0x0B)).contains(ExceptionCode.GATEWAY_TARGET_FAILED);
    }

    @Test
    void handler_response_that_does_not_fit_the_request_cannot_be_encoded() {
        assertThatThrownBy(() -> Pdu.encodeResponse(ReadRequest.readHoldingRegisters(0, 2),
                ModbusResponse.ofRegisters(1))).hasMessageContaining("needs 2 registers");
        assertThatThrownBy(() -> Pdu.encodeResponse(ReadRequest.readCoils(0, 1),
                ModbusResponse.ofRegisters(1))).hasMessageContaining("needs 1 bits");
        assertThatThrownBy(() -> Pdu.encodeResponse(new WriteSingleCoil(0, true),
                ModbusResponse.ofRegisters(1))).hasMessageContaining("write confirmation");
    }

    @Test
    void response_accessors_refuse_the_wrong_kind() {
        ModbusResponse refused = ModbusResponse.exception(ExceptionCode.SERVER_DEVICE_BUSY);
        assertThatThrownBy(refused::registers).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("server busy");
        assertThatThrownBy(() -> ModbusResponse.ofRegisters(1).exceptionCode())
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ModbusResponse.ofRegisters(70000)).hasMessageContaining("0..65535");
    }

    private static void assertRejected(String hex, ExceptionCode expected) {
        assertThatThrownBy(() -> Pdu.decodeRequest(bytes(hex)))
                .as(hex)
                .isInstanceOfSatisfying(RejectedRequestException.class,
                        e -> assertThat(e.exceptionCode()).isEqualTo(expected));
    }
}
