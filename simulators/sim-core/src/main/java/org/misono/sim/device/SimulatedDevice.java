package org.misono.sim.device;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.misono.modbus.ExceptionCode;
import org.misono.modbus.ModbusRequest;
import org.misono.modbus.ModbusRequestHandler;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.ReadRequest;
import org.misono.modbus.WriteMultipleCoils;
import org.misono.modbus.WriteMultipleRegisters;
import org.misono.modbus.WriteSingleCoil;
import org.misono.modbus.WriteSingleRegister;
import org.misono.profile.DeviceProfile;
import org.misono.profile.ModbusSettings;
import org.misono.profile.Point;
import org.misono.profile.RegisterRange;
import org.misono.profile.RegisterTable;
import org.misono.profile.codec.PointDecodeException;
import org.misono.profile.codec.RegisterCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A device that holds its data in registers laid out exactly as its profile says, so a gateway reading it
 * through the same profile sees what a real device would send. Each table is as large as the points in
 * it reach; inside that, addresses no point uses read as 0, as on many real devices. Reads that touch a
 * {@code modbus.noRead} range or go past the map get exception 2; writes are accepted only where the
 * profile has writable points.
 *
 * <p>Behaviours set point values with {@link #write}; what Modbus clients write reaches them through
 * {@link WriteListener}s. Thread-safe.
 */
public final class SimulatedDevice implements ModbusRequestHandler {

    /** Told about a point after a Modbus client wrote it, e.g. an unlock command. */
    @FunctionalInterface
    public interface WriteListener {
        void written(Point point, Object value);
    }

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedDevice.class);

    private final DeviceProfile profile;
    private final int unitId;
    private final Map<String, Point> points = new LinkedHashMap<>();
    private final Map<RegisterTable, RegisterBank> banks = new EnumMap<>(RegisterTable.class);
    private final Map<RegisterTable, boolean[]> writable = new EnumMap<>(RegisterTable.class);
    private final List<WriteListener> listeners = new CopyOnWriteArrayList<>();

    /** A device answering the profile's own unit id. */
    public SimulatedDevice(DeviceProfile profile) {
        this(profile, profile.modbus().unitId());
    }

    public SimulatedDevice(DeviceProfile profile, int unitId) {
        if (unitId < 0 || unitId > 255) {
            throw new IllegalArgumentException("unit id must be 0..255, not " + unitId);
        }
        this.profile = profile;
        this.unitId = unitId;
        Map<RegisterTable, Integer> sizes = new EnumMap<>(RegisterTable.class);
        for (Point p : profile.points()) {
            points.put(p.id(), p);
            sizes.merge(p.register().table(), p.span().end(), Math::max);
        }
        for (RegisterTable table : RegisterTable.values()) {
            int size = sizes.getOrDefault(table, 0);
            banks.put(table, new RegisterBank(size));
            writable.put(table, new boolean[size]);
        }
        for (Point p : profile.points()) {
            if (p.access().canWrite()) {
                RegisterRange span = p.span();
                Arrays.fill(writable.get(span.table()), span.start(), span.end(), true);
            }
        }
    }

    public DeviceProfile profile() {
        return profile;
    }

    public int unitId() {
        return unitId;
    }

    /** Addresses in a table: one past the highest address any point uses; 0 if the table is unused. */
    public int tableSize(RegisterTable table) {
        return banks.get(table).size();
    }

    public void addWriteListener(WriteListener listener) {
        listeners.add(listener);
    }

    /**
     * A point's value as a client decoding the registers would see it: Boolean, Long, Double or String.
     *
     * @throws IllegalArgumentException if the profile has no such point
     */
    public synchronized Object read(String pointId) {
        Point point = point(pointId);
        try {
            return decode(point);
        } catch (PointDecodeException e) {
            throw new IllegalStateException(pointId + " " + e.getMessage(), e);
        }
    }

    /**
     * Sets a point as the device itself does, whatever its access; does not notify write listeners.
     *
     * @param value Boolean, a Number in the point's unit, or an enumeration label
     * @throws IllegalArgumentException if the profile has no such point or the value does not fit it
     */
    public synchronized void write(String pointId, Object value) {
        Point point = point(pointId);
        RegisterBank bank = banks.get(point.register().table());
        int address = point.register().address();
        if (point.register().table().isBits()) {
            bank.set(address, new int[] {RegisterCodec.encodeBit(point, value) ? 1 : 0});
        } else {
            bank.set(address, RegisterCodec.encode(point, value, bank.get(address, point.addressCount())));
        }
    }

    @Override
    public ModbusResponse handle(int unitId, ModbusRequest request) {
        if (unitId != this.unitId) {
            // what a Modbus TCP gateway answers for a unit it cannot reach
            return ModbusResponse.exception(ExceptionCode.GATEWAY_TARGET_FAILED);
        }
        return request instanceof ReadRequest read ? read(read) : write(request);
    }

    private ModbusResponse read(ReadRequest request) {
        RegisterTable table = switch (request.functionCode()) {
            case READ_COILS -> RegisterTable.COIL;
            case READ_DISCRETE_INPUTS -> RegisterTable.DISCRETE;
            case READ_HOLDING_REGISTERS -> RegisterTable.HOLDING;
            default -> RegisterTable.INPUT;
        };
        ModbusSettings modbus = profile.modbus();
        if (request.count() > modbus.maxPerRequest(table)) {
            return ModbusResponse.exception(ExceptionCode.ILLEGAL_DATA_VALUE);
        }
        RegisterRange range = new RegisterRange(table, request.address(), request.count());
        if (range.end() > tableSize(table) || modbus.noRead().stream().anyMatch(range::overlaps)) {
            return ModbusResponse.exception(ExceptionCode.ILLEGAL_DATA_ADDRESS);
        }
        int[] cells;
        synchronized (this) {
            cells = banks.get(table).get(request.address(), request.count());
        }
        if (!table.isBits()) {
            return ModbusResponse.ofRegisters(cells);
        }
        boolean[] bits = new boolean[cells.length];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = cells[i] != 0;
        }
        return ModbusResponse.ofBits(bits);
    }

    private ModbusResponse write(ModbusRequest request) {
        RegisterTable table = request.functionCode().addressesBits() ? RegisterTable.COIL : RegisterTable.HOLDING;
        RegisterRange range = new RegisterRange(table, request.address(), request.quantity());
        if (!isWritable(range)) {
            return ModbusResponse.exception(ExceptionCode.ILLEGAL_DATA_ADDRESS);
        }
        List<Map.Entry<Point, Object>> written = new ArrayList<>();
        synchronized (this) {
            RegisterBank bank = banks.get(table);
            RegisterBank before = bank.copy();
            bank.set(request.address(), cellsOf(request));
            try {
                for (Point p : points.values()) {
                    if (p.access().canWrite() && p.span().overlaps(range)) {
                        written.add(Map.entry(p, decode(p)));
                    }
                }
            } catch (PointDecodeException e) {
                bank.restore(before);
                LOG.info("refusing {}: {}", request, e.getMessage());
                return ModbusResponse.exception(ExceptionCode.ILLEGAL_DATA_VALUE);
            }
        }
        // outside the lock: listeners may call back into the device
        for (Map.Entry<Point, Object> w : written) {
            for (WriteListener listener : listeners) {
                listener.written(w.getKey(), w.getValue());
            }
        }
        return ModbusResponse.writeConfirmed();
    }

    private boolean isWritable(RegisterRange range) {
        boolean[] mask = writable.get(range.table());
        if (range.end() > mask.length) {
            return false;
        }
        for (int a = range.start(); a < range.end(); a++) {
            if (!mask[a]) {
                return false;
            }
        }
        return true;
    }

    private static int[] cellsOf(ModbusRequest request) {
        if (request instanceof WriteSingleCoil w) {
            return new int[] {w.value() ? 1 : 0};
        } else if (request instanceof WriteSingleRegister w) {
            return new int[] {w.value()};
        } else if (request instanceof WriteMultipleCoils w) {
            int[] cells = new int[w.quantity()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = w.value(i) ? 1 : 0;
            }
            return cells;
        } else if (request instanceof WriteMultipleRegisters w) {
            return w.values();
        }
        throw new IllegalArgumentException("not a write: " + request);
    }

    /** Caller holds the lock. */
    private Object decode(Point point) throws PointDecodeException {
        int[] cells = banks.get(point.register().table()).get(point.register().address(), point.addressCount());
        return point.register().table().isBits()
                ? RegisterCodec.decodeBit(point, cells[0] != 0)
                : RegisterCodec.decode(point, cells);
    }

    private Point point(String pointId) {
        Point point = points.get(pointId);
        if (point == null) {
            throw new IllegalArgumentException(profile.id() + " has no point '" + pointId + "'; it has "
                    + String.join(", ", points.keySet()));
        }
        return point;
    }

    @Override
    public String toString() {
        return "simulated " + profile.reference() + " unit " + unitId;
    }
}
