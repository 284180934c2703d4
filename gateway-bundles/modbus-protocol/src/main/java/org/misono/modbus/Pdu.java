package org.misono.modbus;

import static org.misono.modbus.PduBytes.packedLength;
import static org.misono.modbus.PduBytes.u16;

import java.util.Arrays;

/**
 * Encodes and decodes protocol data units: the function code and its data, without the framing (MBAP
 * header or RTU address and CRC) around them.
 */
public final class Pdu {

    /** Registers one read (FC 3, 4) may ask for: 125 × 2 bytes fill the 253-byte PDU. */
    public static final int MAX_READ_REGISTERS = 125;
    /** Coils or inputs one read (FC 1, 2) may ask for. */
    public static final int MAX_READ_BITS = 2000;
    /** Registers one write (FC 16) may carry. */
    public static final int MAX_WRITE_REGISTERS = 123;
    /** Coils one write (FC 15) may carry. */
    public static final int MAX_WRITE_BITS = 1968;
    /** Longest PDU: 256 bytes of RTU frame less address and CRC. */
    public static final int MAX_LENGTH = 253;

    private static final int COIL_ON = 0xFF00;

    private Pdu() {
    }

    public static byte[] encodeRequest(ModbusRequest request) {
        int fc = request.functionCode().code();
        if (request instanceof ReadRequest r) {
            return header(fc, r.address(), r.count(), 0);
        } else if (request instanceof WriteSingleCoil w) {
            return header(fc, w.address(), w.value() ? COIL_ON : 0, 0);
        } else if (request instanceof WriteSingleRegister w) {
            return header(fc, w.address(), w.value(), 0);
        } else if (request instanceof WriteMultipleCoils w) {
            int n = packedLength(w.quantity());
            byte[] pdu = header(fc, w.address(), w.quantity(), 1 + n);
            pdu[5] = (byte) n;
            PduBytes.packBits(w.values(), pdu, 6);
            return pdu;
        } else {
            WriteMultipleRegisters w = (WriteMultipleRegisters) request;
            byte[] pdu = header(fc, w.address(), w.quantity(), 1 + 2 * w.quantity());
            pdu[5] = (byte) (2 * w.quantity());
            PduBytes.putWords(w.values(), pdu, 6);
            return pdu;
        }
    }

    /**
     * The request in a PDU, as a server receives it.
     *
     * @throws RejectedRequestException for a request the server must answer with an exception response
     * @throws ModbusFrameException for bytes that are not a request at all
     */
    public static ModbusRequest decodeRequest(byte[] pdu) throws ModbusFrameException {
        if (pdu.length == 0) {
            throw new ModbusFrameException("empty PDU: no function code");
        }
        if (pdu.length > MAX_LENGTH) {
            throw new ModbusFrameException("PDU of " + pdu.length + " bytes, longer than the " + MAX_LENGTH
                    + " allowed");
        }
        int fcByte = pdu[0] & 0xFF;
        FunctionCode fc = FunctionCode.of(fcByte).orElseThrow(() -> new RejectedRequestException(fcByte,
                ExceptionCode.ILLEGAL_FUNCTION, "function code " + fcByte + " is not supported"));
        if (pdu.length < 5) {
            throw new ModbusFrameException(fc + " request of " + pdu.length + " bytes, too short: " + hex(pdu));
        }
        int address = u16(pdu, 1);
        int second = u16(pdu, 3);
        switch (fc) {
            case READ_COILS, READ_DISCRETE_INPUTS, READ_HOLDING_REGISTERS, READ_INPUT_REGISTERS -> {
                expectLength(pdu, 5, fc);
                int max = fc.addressesBits() ? MAX_READ_BITS : MAX_READ_REGISTERS;
                checkSpan(fcByte, address, second, max);
                return new ReadRequest(fc, address, second);
            }
            case WRITE_SINGLE_COIL -> {
                expectLength(pdu, 5, fc);
                if (second != COIL_ON && second != 0) {
                    throw new RejectedRequestException(fcByte, ExceptionCode.ILLEGAL_DATA_VALUE,
                            String.format("coil value 0x%04X; only 0xFF00 (on) and 0x0000 (off) are allowed", second));
                }
                return new WriteSingleCoil(address, second == COIL_ON);
            }
            case WRITE_SINGLE_REGISTER -> {
                expectLength(pdu, 5, fc);
                return new WriteSingleRegister(address, second);
            }
            default -> {
                return decodeWriteMultiple(pdu, fc, address, second);
            }
        }
    }

    private static ModbusRequest decodeWriteMultiple(byte[] pdu, FunctionCode fc, int address, int quantity)
            throws ModbusFrameException {
        if (pdu.length < 6) {
            throw new ModbusFrameException(fc + " request of " + pdu.length + " bytes has no byte count: " + hex(pdu));
        }
        int byteCount = pdu[5] & 0xFF;
        expectLength(pdu, 6 + byteCount, fc);
        boolean coils = fc == FunctionCode.WRITE_MULTIPLE_COILS;
        checkSpan(fc.code(), address, quantity, coils ? MAX_WRITE_BITS : MAX_WRITE_REGISTERS);
        int expectedBytes = coils ? packedLength(quantity) : 2 * quantity;
        if (byteCount != expectedBytes) {
            throw new RejectedRequestException(fc.code(), ExceptionCode.ILLEGAL_DATA_VALUE, "byte count " + byteCount
                    + " does not match " + quantity + (coils ? " coils" : " registers") + " (" + expectedBytes + ")");
        }
        return coils
                ? new WriteMultipleCoils(address, PduBytes.unpackBits(pdu, 6, quantity))
                : new WriteMultipleRegisters(address, PduBytes.words(pdu, 6, quantity));
    }

    /**
     * The PDU a server sends for a response to a request.
     *
     * @throws IllegalArgumentException if the response does not fit the request, e.g. bits for a register
     *     read or the wrong number of registers; a server's handler has a bug then
     */
    public static byte[] encodeResponse(ModbusRequest request, ModbusResponse response) {
        int fc = request.functionCode().code();
        if (response.isException()) {
            return encodeException(fc, response.exceptionCode());
        }
        if (request instanceof ReadRequest r) {
            boolean bits = r.functionCode().addressesBits();
            if ((bits ? !response.hasBits() : !response.hasRegisters()) || response.size() != r.count()) {
                throw new IllegalArgumentException(r + " needs " + r.count() + (bits ? " bits" : " registers")
                        + ", the response holds " + response);
            }
            int byteCount = bits ? packedLength(r.count()) : 2 * r.count();
            byte[] pdu = new byte[2 + byteCount];
            pdu[0] = (byte) fc;
            pdu[1] = (byte) byteCount;
            if (bits) {
                PduBytes.packBits(response.bits(), pdu, 2);
            } else {
                PduBytes.putWords(response.registers(), pdu, 2);
            }
            return pdu;
        }
        if (!response.isWriteConfirmation()) {
            throw new IllegalArgumentException(request + " is answered by a write confirmation, not " + response);
        }
        byte[] requestPdu = encodeRequest(request);
        // single writes echo the request; multiple writes echo its address and quantity
        return Arrays.copyOf(requestPdu, 5);
    }

    /** The PDU of an exception response to a request with the given function code byte. */
    public static byte[] encodeException(int functionCode, ExceptionCode code) {
        return new byte[] {(byte) (functionCode | FunctionCode.EXCEPTION_FLAG), (byte) code.code()};
    }

    /**
     * The response in a PDU, checked against the request it answers.
     *
     * @throws ModbusFrameException if the bytes are no valid response to this request: another function
     *     code, a byte count or quantity that does not match, a write echo that differs
     */
    public static ModbusResponse decodeResponse(ModbusRequest request, byte[] pdu) throws ModbusFrameException {
        FunctionCode fc = request.functionCode();
        if (pdu.length == 0) {
            throw new ModbusFrameException("empty response to " + request);
        }
        int fcByte = pdu[0] & 0xFF;
        if (fcByte == (fc.code() | FunctionCode.EXCEPTION_FLAG)) {
            expectLength(pdu, 2, fc);
            int code = pdu[1] & 0xFF;
            return ModbusResponse.exception(ExceptionCode.of(code).orElseThrow(() -> new ModbusFrameException(
                    "exception response with unknown exception code " + code + " to " + request)));
        }
        if (fcByte != fc.code()) {
            throw new ModbusFrameException("response has function code " + fcByte + " but the request was " + fc
                    + ": " + hex(pdu));
        }
        if (request instanceof ReadRequest r) {
            return decodeReadResponse(r, pdu);
        }
        expectLength(pdu, 5, fc);
        byte[] expected = encodeRequest(request);
        for (int i = 1; i < 5; i++) {
            if (pdu[i] != expected[i]) {
                throw new ModbusFrameException("response to " + request + " echoes " + hex(pdu)
                        + " instead of " + hex(Arrays.copyOf(expected, 5)));
            }
        }
        return ModbusResponse.writeConfirmed();
    }

    private static ModbusResponse decodeReadResponse(ReadRequest r, byte[] pdu) throws ModbusFrameException {
        if (pdu.length < 2) {
            throw new ModbusFrameException("response to " + r + " has no byte count");
        }
        boolean bits = r.functionCode().addressesBits();
        int byteCount = pdu[1] & 0xFF;
        int expected = bits ? packedLength(r.count()) : 2 * r.count();
        if (byteCount != expected) {
            throw new ModbusFrameException("response to " + r + " has byte count " + byteCount + ", expected "
                    + expected + " for " + r.count() + (bits ? " bits" : " registers"));
        }
        if (pdu.length != 2 + byteCount) {
            throw new ModbusFrameException("response to " + r + " says " + byteCount + " data bytes but carries "
                    + (pdu.length - 2));
        }
        return bits
                ? ModbusResponse.ofBits(PduBytes.unpackBits(pdu, 2, r.count()))
                : ModbusResponse.ofRegisters(PduBytes.words(pdu, 2, r.count()));
    }

    /** Up to 32 bytes as hex pairs, for messages and logs. */
    public static String hex(byte[] bytes) {
        return PduBytes.hex(bytes);
    }

    private static byte[] header(int fc, int address, int second, int extra) {
        byte[] pdu = new byte[5 + extra];
        pdu[0] = (byte) fc;
        PduBytes.putU16(pdu, 1, address);
        PduBytes.putU16(pdu, 3, second);
        return pdu;
    }

    private static void expectLength(byte[] pdu, int length, FunctionCode fc) throws ModbusFrameException {
        if (pdu.length != length) {
            throw new ModbusFrameException(fc + " PDU of " + pdu.length + " bytes, expected " + length + ": "
                    + hex(pdu));
        }
    }

    private static void checkSpan(int fcByte, int address, int quantity, int max) throws RejectedRequestException {
        if (quantity < 1 || quantity > max) {
            throw new RejectedRequestException(fcByte, ExceptionCode.ILLEGAL_DATA_VALUE,
                    "quantity " + quantity + " outside 1.." + max);
        }
        if (address + quantity > 0x10000) {
            throw new RejectedRequestException(fcByte, ExceptionCode.ILLEGAL_DATA_ADDRESS,
                    quantity + " addresses from " + address + " run past 65535");
        }
    }
}
