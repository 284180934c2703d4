package org.misono.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.misono.gateway.api.Quality;

class ContractTest {

    @Test
    void telemetry_leaves_out_good_quality_and_default_timestamps() throws Exception {
        Telemetry t = new Telemetry(42, 1_764_000_000_000L, List.of(
                new ReadingRecord("dock01.battery", 87.5, Quality.GOOD, null, null),
                new ReadingRecord("dock01.lock", "locked", Quality.GOOD, null, 1_763_999_999_000L),
                new ReadingRecord("dock02.battery", null, Quality.BAD, "timeout after 1000 ms", null)));

        String json = new String(ContractJson.encode(t), StandardCharsets.UTF_8);

        assertThat(json).isEqualTo("{\"seq\":42,\"ts\":1764000000000,\"readings\":["
                + "{\"p\":\"dock01.battery\",\"v\":87.5},"
                + "{\"p\":\"dock01.lock\",\"v\":\"locked\",\"t\":1763999999000},"
                + "{\"p\":\"dock02.battery\",\"q\":\"BAD\",\"r\":\"timeout after 1000 ms\"}]}");
        assertThat(ContractJson.decode(json.getBytes(StandardCharsets.UTF_8), Telemetry.class)).isEqualTo(t);
    }

    @Test
    void integers_come_back_as_longs_so_both_sides_compare_equal() throws Exception {
        Telemetry t = ContractJson.decode("{\"seq\":1,\"ts\":5,\"readings\":[{\"p\":\"a\",\"v\":3}]}"
                .getBytes(StandardCharsets.UTF_8), Telemetry.class);

        assertThat(t.readings().get(0).value()).isEqualTo(3L);
        assertThat(t.readings().get(0).quality()).isEqualTo(Quality.GOOD);
    }

    @Test
    void a_broken_payload_is_refused_with_the_reason() {
        assertThatThrownBy(() -> ContractJson.decode("{\"seq\":\"x\"".getBytes(StandardCharsets.UTF_8),
                Telemetry.class))
                .isInstanceOf(ContractException.class)
                .hasMessageStartingWith("not a valid Telemetry payload");
    }

    @Test
    void topics_round_trip_through_parse() {
        String telemetry = Topics.device("city-a", "gw-1", "station-1", Channel.TELEMETRY);
        String status = Topics.gateway("city-a", "gw-1", Channel.STATUS);

        assertThat(telemetry).isEqualTo("misono/v1/city-a/gw-1/device/station-1/telemetry");
        assertThat(Topics.parse(telemetry)).contains(new TopicAddress("city-a", "gw-1", "station-1", Channel.TELEMETRY));
        assertThat(Topics.parse(status)).contains(new TopicAddress("city-a", "gw-1", null, Channel.STATUS));
        assertThat(Topics.parse("misono/v1/city-a/gw-1/device/station-1/nonsense")).isEmpty();
        assertThat(Topics.parse("other/topic")).isEmpty();
    }

    @Test
    void ids_that_would_break_topics_are_refused() {
        assertThatThrownBy(() -> Topics.gateway("city/a", "gw", Channel.STATUS))
                .hasMessageContaining("'city/a' cannot be used in a topic");
        assertThatThrownBy(() -> Topics.device("a", "gw", "+", Channel.META)).isInstanceOf(IllegalArgumentException.class);
    }
}
