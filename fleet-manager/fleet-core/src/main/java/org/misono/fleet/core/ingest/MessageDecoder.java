package org.misono.fleet.core.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.misono.contract.ContractException;
import org.misono.contract.ContractJson;
import org.misono.contract.DeviceDescription;
import org.misono.contract.DeviceEventMessage;
import org.misono.contract.GatewayStatus;
import org.misono.contract.Heartbeat;
import org.misono.contract.PointDescription;
import org.misono.contract.ReadingRecord;
import org.misono.contract.Telemetry;
import org.misono.contract.TopicAddress;
import org.misono.contract.Topics;
import org.misono.fleet.core.change.Change;
import org.misono.fleet.core.ingest.Decoded.Accepted;
import org.misono.fleet.core.ingest.Decoded.Refused;
import org.misono.fleet.core.ingest.Refusal.Kind;
import org.misono.fleet.core.model.DeviceKey;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.core.model.PointReading;
import org.misono.gateway.api.Quality;

/**
 * Turns one MQTT message of the native dialect into a {@link Change}, or says precisely why it cannot.
 * Stateless and thread-safe.
 */
public final class MessageDecoder {

    private static final String TOPIC_SHAPE = "expected misono/v1/<tenant>/<gateway>/(status|health) or "
            + "misono/v1/<tenant>/<gateway>/device/<device>/(meta|telemetry|event)";

    public Decoded decode(String topic, byte[] payload, boolean retained, Instant receivedAt) {
        Optional<TopicAddress> parsed = Topics.parse(topic);
        if (parsed.isEmpty()) {
            return new Refused(Kind.UNKNOWN_TOPIC, "not a topic of the native dialect: " + TOPIC_SHAPE);
        }
        TopicAddress address = parsed.get();
        String badId = firstInvalidId(address);
        if (badId != null) {
            return new Refused(Kind.UNKNOWN_TOPIC, "'" + badId + "' is not a valid id: use letters, digits, "
                    + "'-', '_' and '.', at most 64 characters");
        }
        GatewayKey gateway = new GatewayKey(address.tenant(), address.gateway());
        boolean live = !retained;
        try {
            switch (address.channel()) {
                case STATUS:
                    return status(gateway, payload, receivedAt, live);
                case HEALTH:
                    return heartbeat(gateway, payload, receivedAt, live);
                case META:
                    return meta(gateway.device(address.device()), payload, receivedAt, live);
                case TELEMETRY:
                    return telemetry(gateway.device(address.device()), payload, receivedAt, live);
                case EVENT:
                    return event(gateway.device(address.device()), payload, receivedAt, live);
                default:
                    throw new IllegalStateException("channel without decoder: " + address.channel());
            }
        } catch (ContractException e) {
            return new Refused(Kind.MALFORMED, e.getMessage());
        }
    }

    private static String firstInvalidId(TopicAddress a) {
        for (String id : new String[] {a.tenant(), a.gateway(), a.device()}) {
            if (id != null && !Topics.isValidId(id)) {
                return id;
            }
        }
        return null;
    }

    private static Decoded status(GatewayKey gateway, byte[] payload, Instant receivedAt, boolean live)
            throws ContractException {
        GatewayStatus status = decode(payload, GatewayStatus.class);
        return accepted(new Change.StatusReported(gateway, status, receivedAt, live));
    }

    private static Decoded heartbeat(GatewayKey gateway, byte[] payload, Instant receivedAt, boolean live)
            throws ContractException {
        Heartbeat heartbeat = decode(payload, Heartbeat.class);
        if (heartbeat.interval() <= 0) {
            return new Refused(Kind.MALFORMED, "heartbeat interval must be a positive number of seconds, was "
                    + heartbeat.interval());
        }
        return accepted(new Change.HeartbeatReceived(gateway, heartbeat, receivedAt, live));
    }

    private static Decoded meta(DeviceKey device, byte[] payload, Instant receivedAt, boolean live)
            throws ContractException {
        if (payload.length == 0) {
            // the contract's way of saying the device was taken off the gateway
            return accepted(new Change.DeviceRemoved(device, receivedAt, live));
        }
        DeviceDescription description = decode(payload, DeviceDescription.class);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < description.points().size(); i++) {
            PointDescription point = description.points().get(i);
            if (point == null || point.id() == null || point.id().isBlank()) {
                return new Refused(Kind.MALFORMED, "points[" + i + "] has no id");
            }
            if (!ids.add(point.id())) {
                return new Refused(Kind.MALFORMED, "point '" + point.id() + "' is described twice");
            }
        }
        return accepted(new Change.DeviceDescribed(device, description, receivedAt, live));
    }

    private static Decoded telemetry(DeviceKey device, byte[] payload, Instant receivedAt, boolean live)
            throws ContractException {
        Telemetry telemetry = decode(payload, Telemetry.class);
        List<PointReading> readings = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < telemetry.readings().size(); i++) {
            ReadingRecord r = telemetry.readings().get(i);
            String problem = ReadingCheck.problem(r);
            if (problem != null) {
                problems.add("readings[" + i + "]" + (r != null && r.point() != null ? " (" + r.point() + ")" : "")
                        + ": " + problem);
                continue;
            }
            Instant ts = Instant.ofEpochMilli(r.ts() != null ? r.ts() : telemetry.ts());
            Object value = r.quality() == Quality.BAD ? null : r.value();
            readings.add(new PointReading(r.point(), value, r.quality(), r.reason(), ts));
        }
        if (readings.isEmpty() && !problems.isEmpty()) {
            return new Refused(Kind.MALFORMED, "no usable reading: " + String.join("; ", problems));
        }
        return new Accepted(new Change.TelemetryReceived(device, telemetry.seq(), readings, receivedAt, live),
                problems);
    }

    private static Decoded event(DeviceKey device, byte[] payload, Instant receivedAt, boolean live)
            throws ContractException {
        DeviceEventMessage event = decode(payload, DeviceEventMessage.class);
        if (event.type() == null || event.type().isBlank()) {
            return new Refused(Kind.MALFORMED, "event has no type");
        }
        return accepted(new Change.DeviceEventReceived(device, event, receivedAt, live));
    }

    private static <T> T decode(byte[] payload, Class<T> type) throws ContractException {
        if (payload.length == 0) {
            throw new ContractException("empty payload where a " + type.getSimpleName() + " was expected", null);
        }
        T decoded = ContractJson.decode(payload, type);
        if (decoded == null) {
            throw new ContractException("payload is JSON null where a " + type.getSimpleName() + " was expected",
                    null);
        }
        return decoded;
    }

    private static Decoded accepted(Change change) {
        return new Accepted(change, List.of());
    }
}
