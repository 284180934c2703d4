package org.misono.sim;

import org.misono.modbus.FunctionCode;
import org.misono.modbus.ModbusRequestHandler;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.ReadRequest;
import org.misono.profile.Point;
import org.misono.profile.RegisterTable;
import org.misono.profile.codec.PointDecodeException;
import org.misono.profile.codec.RegisterCodec;

/** Reads a point the way a gateway does: a Modbus read of its registers, decoded with the profile. */
public final class PointReader {

    private PointReader() {
    }

    public static Object read(ModbusRequestHandler device, int unitId, Point point) {
        ModbusResponse response = device.handle(unitId, requestFor(point));
        if (response.isException()) {
            throw new AssertionError("reading " + point.id() + " answered " + response);
        }
        try {
            return point.register().table().isBits()
                    ? RegisterCodec.decodeBit(point, response.bit(0))
                    : RegisterCodec.decode(point, response.registers());
        } catch (PointDecodeException e) {
            throw new AssertionError(point.id() + ": " + e.getMessage(), e);
        }
    }

    public static ReadRequest requestFor(Point point) {
        RegisterTable table = point.register().table();
        FunctionCode fc = switch (table) {
            case COIL -> FunctionCode.READ_COILS;
            case DISCRETE -> FunctionCode.READ_DISCRETE_INPUTS;
            case HOLDING -> FunctionCode.READ_HOLDING_REGISTERS;
            case INPUT -> FunctionCode.READ_INPUT_REGISTERS;
        };
        return new ReadRequest(fc, point.register().address(), point.addressCount());
    }
}
