package org.misono.driver.modbus.poll;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.misono.profile.plan.ReadBlock;
import org.misono.gateway.api.DeviceEvent;
import org.misono.gateway.api.Reading;
import org.misono.gateway.api.Uplink;
import org.misono.modbus.FunctionCode;
import org.misono.modbus.ModbusFrameException;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.ModbusTimeoutException;
import org.misono.modbus.ReadRequest;
import org.misono.profile.RegisterTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One device's poll cycle: send every planned read at once (the link pipelines them), decode what comes
 * back, and hand all readings to the uplink, BAD ones with their reason. Nothing here blocks longer than
 * the response timeout, and no failure stops the next cycle.
 */
public final class DevicePoller {

    private static final Logger LOG = LoggerFactory.getLogger(DevicePoller.class);

    private final String deviceId;
    private final int unitId;
    private final List<ReadBlock> plan;
    private final ModbusLink link;
    private final Uplink uplink;
    private final LongSupplier clock;
    private final long answerWaitMs;
    private final DeviceStatus status = new DeviceStatus();

    public DevicePoller(String deviceId, int unitId, List<ReadBlock> plan, ModbusLink link, Uplink uplink,
            long responseTimeoutMs, LongSupplier clock) {
        this.deviceId = deviceId;
        this.unitId = unitId;
        this.plan = List.copyOf(plan);
        this.link = link;
        this.uplink = uplink;
        this.clock = clock;
        // the client times each request out itself; this is only a backstop so a poll can never hang
        this.answerWaitMs = responseTimeoutMs + 1000;
    }

    /** Why the device does not answer; empty while it does. */
    public Optional<String> silence() {
        return status.silence();
    }

    public void pollOnce() {
        try {
            cycle();
        } catch (RuntimeException e) {
            LOG.error("Poll of {} failed unexpectedly; the next poll goes ahead", deviceId, e);
        }
    }

    private void cycle() {
        long ts = clock.getAsLong();
        Optional<String> linkProblem = link.ensureConnected();
        if (linkProblem.isPresent()) {
            List<Reading> readings = new ArrayList<>();
            plan.forEach(b -> readings.addAll(BlockDecoder.bad(b, linkProblem.get(), ts)));
            status.silent(linkProblem.get(), ts).ifPresent(e -> report(e));
            uplink.readings(deviceId, readings);
            return;
        }
        List<CompletableFuture<ModbusResponse>> answers = plan.stream()
                .map(b -> link.send(unitId, request(b)))
                .toList();
        List<Reading> readings = new ArrayList<>();
        int answered = 0;
        String silence = null;
        for (int i = 0; i < plan.size(); i++) {
            ReadBlock block = plan.get(i);
            try {
                ModbusResponse response = answers.get(i).get(answerWaitMs, TimeUnit.MILLISECONDS);
                readings.addAll(BlockDecoder.decode(block, response, ts));
                answered++;
            } catch (ExecutionException e) {
                silence = failure(e.getCause());
                readings.addAll(BlockDecoder.bad(block, silence, ts));
            } catch (TimeoutException e) {
                silence = "timeout: no answer within " + answerWaitMs + " ms";
                readings.addAll(BlockDecoder.bad(block, silence, ts));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (answered > 0) {
            status.answered(ts).ifPresent(this::report);
        } else if (silence != null) {
            status.silent(silence, ts).ifPresent(this::report);
        }
        uplink.readings(deviceId, readings);
    }

    private String failure(Throwable cause) {
        if (cause instanceof ModbusTimeoutException) {
            return "timeout: " + cause.getMessage();
        }
        if (cause instanceof ModbusFrameException) {
            link.reset();
            return "garbled answer: " + cause.getMessage();
        }
        if (cause instanceof IOException) {
            return "connection lost: " + cause.getMessage();
        }
        return "read failed: " + cause;
    }

    private void report(DeviceEvent event) {
        if (event.type() == DeviceEvent.Type.OFFLINE) {
            LOG.warn("Device {} offline: {}", deviceId, event.reason());
        } else {
            LOG.info("Device {} online", deviceId);
        }
        uplink.event(deviceId, event);
    }

    private static ReadRequest request(ReadBlock block) {
        RegisterTable table = block.range().table();
        FunctionCode fc = switch (table) {
            case COIL -> FunctionCode.READ_COILS;
            case DISCRETE -> FunctionCode.READ_DISCRETE_INPUTS;
            case INPUT -> FunctionCode.READ_INPUT_REGISTERS;
            case HOLDING -> FunctionCode.READ_HOLDING_REGISTERS;
        };
        return new ReadRequest(fc, block.range().start(), block.range().count());
    }
}
