package org.misono.fleet.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.misono.fleet.core.change.Change;
import org.misono.fleet.core.ingest.Refusal.Kind;
import org.misono.fleet.core.model.DeviceKey;
import org.misono.fleet.core.model.PointReading;
import org.misono.gateway.api.Quality;

class MessageDecoderTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final MessageDecoder decoder = new MessageDecoder();

    @Test
    void telemetry_readings_get_the_message_timestamp_unless_they_carry_their_own_and_bad_ones_lose_their_value() {
        Decoded d = decode("misono/v1/city-a/gw-1/device/station-1/telemetry", "{\"seq\":5,\"ts\":1000,\"readings\":["
                + "{\"p\":\"dock01.battery\",\"v\":87.5},"
                + "{\"p\":\"dock01.lock\",\"v\":\"locked\",\"t\":900},"
                + "{\"p\":\"dock02.battery\",\"v\":3,\"q\":\"BAD\",\"r\":\"timeout\"}]}", false);

        Change.TelemetryReceived t = (Change.TelemetryReceived) ((Decoded.Accepted) d).change();
        assertThat(t.device()).isEqualTo(new DeviceKey("city-a", "gw-1", "station-1"));
        assertThat(t.live()).isTrue();
        assertThat(t.readings()).containsExactly(
                new PointReading("dock01.battery", 87.5, Quality.GOOD, null, Instant.ofEpochMilli(1000)),
                new PointReading("dock01.lock", "locked", Quality.GOOD, null, Instant.ofEpochMilli(900)),
                new PointReading("dock02.battery", null, Quality.BAD, "timeout", Instant.ofEpochMilli(1000)));
    }

    @Test
    void a_broken_reading_is_dropped_and_named_while_the_others_are_kept() {
        Decoded d = decode("misono/v1/city-a/gw-1/device/m/telemetry", "{\"seq\":1,\"ts\":1,\"readings\":["
                + "{\"p\":\"ok\",\"v\":1},{\"p\":\"novalue\"},{\"v\":2},{\"p\":\"obj\",\"v\":{\"a\":1}}]}", false);

        Decoded.Accepted accepted = (Decoded.Accepted) d;
        assertThat(((Change.TelemetryReceived) accepted.change()).readings()).extracting(PointReading::point)
                .containsExactly("ok");
        assertThat(accepted.problems()).containsExactly(
                "readings[1] (novalue): GOOD reading without a value ('v'); only BAD readings may leave it out",
                "readings[2]: no point id ('p')",
                "readings[3] (obj): value must be a boolean, a number or a string");
    }

    @Test
    void payloads_that_break_the_contract_are_refused_with_the_reason() {
        assertRefused("misono/v1/a/g/status", "{\"online\":tru", Kind.MALFORMED, "not a valid GatewayStatus payload");
        assertRefused("misono/v1/a/g/health", "", Kind.MALFORMED, "empty payload where a Heartbeat was expected");
        assertRefused("misono/v1/a/g/health", "null", Kind.MALFORMED, "payload is JSON null");
        assertRefused("misono/v1/a/g/health",
                "{\"seq\":1,\"ts\":1,\"uptime\":1,\"interval\":0,\"devicesOnline\":0,\"devicesOffline\":0}",
                Kind.MALFORMED, "heartbeat interval must be a positive number of seconds, was 0");
        assertRefused("misono/v1/a/g/device/d/event", "{\"seq\":1,\"ts\":1}", Kind.MALFORMED, "event has no type");
        assertRefused("misono/v1/a/g/device/d/meta", "{\"ts\":1,\"points\":[{\"id\":\"x\"},{\"id\":\"x\"}]}",
                Kind.MALFORMED, "point 'x' is described twice");
        assertRefused("misono/v1/a/g/device/d/telemetry", "{\"seq\":1,\"ts\":1,\"readings\":[{\"v\":1}]}",
                Kind.MALFORMED, "no usable reading: readings[0]: no point id ('p')");
    }

    @Test
    void topics_outside_the_dialect_or_with_invalid_ids_are_unknown() {
        assertRefused("misono/v1/a/g/colour", "{}", Kind.UNKNOWN_TOPIC, "not a topic of the native dialect");
        assertRefused("misono/v2/a/g/status", "{}", Kind.UNKNOWN_TOPIC, "not a topic of the native dialect");
        assertRefused("misono/v1/a b/g/status", "{}", Kind.UNKNOWN_TOPIC, "'a b' is not a valid id");
    }

    @Test
    void an_empty_retained_meta_removes_the_device_and_retained_messages_are_not_live() {
        Change removed = ((Decoded.Accepted) decode("misono/v1/a/g/device/d/meta", "", true)).change();
        assertThat(removed).isEqualTo(new Change.DeviceRemoved(new DeviceKey("a", "g", "d"), NOW, false));

        Change status = ((Decoded.Accepted) decode("misono/v1/a/g/status", "{\"online\":true,\"ts\":5}", true)).change();
        assertThat(status.live()).isFalse();
    }

    private Decoded decode(String topic, String payload, boolean retained) {
        return decoder.decode(topic, payload.getBytes(StandardCharsets.UTF_8), retained, NOW);
    }

    private void assertRefused(String topic, String payload, Kind kind, String reason) {
        Decoded d = decode(topic, payload, false);
        assertThat(d).as(topic + " " + payload).isInstanceOf(Decoded.Refused.class);
        assertThat(((Decoded.Refused) d).kind()).isEqualTo(kind);
        assertThat(((Decoded.Refused) d).reason()).startsWith(reason);
    }
}
