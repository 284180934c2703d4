package org.misono.fleet.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CampaignTest {

    private static final Change RELEASE = new Change.Release("0.2.0", "http://fleet/a.zip", "ab", "sig", 10, false);
    private static final Instant T0 = Instant.parse("2026-11-25T02:00:00Z");

    private final Set<String> offline = new HashSet<>();
    private final Map<String, ZoneId> zones = new HashMap<>();
    private final GatewayView fleet = new GatewayView() {
        @Override
        public boolean isOnline(String gatewayId) {
            return !offline.contains(gatewayId);
        }

        @Override
        public ZoneId zoneOf(String gatewayId) {
            return zones.getOrDefault(gatewayId, ZoneId.of("UTC"));
        }
    };

    private static List<String> gateways(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("gw-%04d", i)).toList();
    }

    private static CampaignSpec spec(List<Integer> waves, double success, double failure, int concurrent,
            MaintenanceWindow window) {
        return new CampaignSpec("c1", "city-a", "release 0.2.0", RELEASE, waves, success, failure, concurrent, window);
    }

    private static void answer(Campaign c, List<Dispatch> sent, String phase, Instant now) {
        sent.forEach(d -> c.report(new GatewayReport(d.gatewayId(), "0.2.0", phase, -1, phase.toLowerCase()), now));
    }

    @Test
    void waves_hold_the_requested_shares_of_the_fleet() {
        Campaign c = Campaign.start(spec(List.of(1, 10, 50, 100), 0.9, 0.1, 1000, null), gateways(200), T0);

        Map<Integer, Long> sizes = new HashMap<>();
        c.targets().forEach(t -> sizes.merge(t.wave(), 1L, Long::sum));

        assertThat(sizes).containsEntry(0, 2L).containsEntry(1, 18L).containsEntry(2, 80L).containsEntry(3, 100L);
    }

    @Test
    void the_next_wave_opens_once_enough_of_the_current_one_succeeded_and_never_more_than_allowed_at_once() {
        Campaign c = Campaign.start(spec(List.of(10, 100), 1.0, 0.5, 3, null), gateways(50), T0);

        List<Dispatch> first = c.tick(T0, fleet);
        assertThat(first).hasSize(3);
        assertThat(c.tick(T0.plusSeconds(1), fleet)).as("all slots busy").isEmpty();

        answer(c, first, "COMMITTED", T0.plusSeconds(2));
        List<Dispatch> second = c.tick(T0.plusSeconds(3), fleet);
        assertThat(second).hasSize(2).as("wave 1 holds 5 gateways");
        assertThat(c.openWave()).isZero();

        answer(c, second, "COMMITTED", T0.plusSeconds(4));
        List<Dispatch> third = c.tick(T0.plusSeconds(5), fleet);
        assertThat(c.openWave()).isEqualTo(1);
        assertThat(third).hasSize(3);
    }

    @Test
    void too_many_failures_pause_the_campaign_at_the_wave_where_they_happen() {
        Campaign c = Campaign.start(spec(List.of(10, 50, 100), 0.8, 0.2, 100, null), gateways(50), T0);
        answer(c, c.tick(T0, fleet), "COMMITTED", T0);

        List<Dispatch> wave2 = c.tick(T0.plusSeconds(1), fleet);
        assertThat(wave2).hasSize(20);
        answer(c, wave2.subList(0, 15), "COMMITTED", T0.plusSeconds(2));
        answer(c, wave2.subList(15, 20), "ROLLED_BACK", T0.plusSeconds(2));

        assertThat(c.tick(T0.plusSeconds(3), fleet)).isEmpty();
        assertThat(c.state()).isEqualTo(CampaignState.PAUSED);
        assertThat(c.reason()).isEqualTo("wave 2: 5 of 20 gateways failed, above the 20 % the campaign allows");
        assertThat(c.targets()).filteredOn(t -> t.wave() == 2)
                .allSatisfy(t -> assertThat(t.state()).isEqualTo(TargetState.WAITING));
    }

    @Test
    void an_offline_gateway_is_skipped_and_catches_up_when_it_is_back() {
        Campaign c = Campaign.start(spec(List.of(100), 1.0, 0.5, 10, null), gateways(3), T0);
        offline.add("gw-0001");

        assertThat(c.tick(T0, fleet)).extracting(Dispatch::gatewayId).doesNotContain("gw-0001").hasSize(2);

        offline.clear();
        assertThat(c.tick(T0.plusSeconds(60), fleet)).extracting(Dispatch::gatewayId).containsExactly("gw-0001");
    }

    @Test
    void changes_go_out_only_inside_each_sites_maintenance_window_in_its_local_time() {
        MaintenanceWindow nights = new MaintenanceWindow(LocalTime.of(1, 0), LocalTime.of(5, 0), Set.of());
        Campaign c = Campaign.start(spec(List.of(100), 1.0, 0.5, 10, nights), List.of("tokyo", "berlin"), T0);
        zones.put("tokyo", ZoneId.of("Asia/Tokyo"));
        zones.put("berlin", ZoneId.of("Europe/Berlin"));

        // 02:00 UTC is 11:00 in Tokyo and 03:00 in Berlin
        assertThat(c.tick(T0, fleet)).extracting(Dispatch::gatewayId).containsExactly("berlin");
        // 17:00 UTC is 02:00 next day in Tokyo
        assertThat(c.tick(T0.plus(Duration.ofHours(15)), fleet)).extracting(Dispatch::gatewayId)
                .containsExactly("tokyo");
    }

    @Test
    void a_window_over_midnight_belongs_to_the_day_it_starts() {
        MaintenanceWindow fridayNight = new MaintenanceWindow(LocalTime.of(22, 0), LocalTime.of(4, 0),
                Set.of(DayOfWeek.FRIDAY));
        ZonedDateTime friday = ZonedDateTime.of(2026, 11, 27, 23, 0, 0, 0, ZoneId.of("UTC"));

        assertThat(fridayNight.contains(friday)).isTrue();
        assertThat(fridayNight.contains(friday.plusHours(4))).as("03:00 Saturday").isTrue();
        assertThat(fridayNight.contains(friday.plusHours(6))).as("05:00 Saturday").isFalse();
        assertThat(fridayNight.contains(friday.minusDays(1))).as("Thursday 23:00").isFalse();
    }

    @Test
    void a_campaign_rebuilt_from_what_was_stored_goes_on_where_it_stopped() {
        Campaign c = Campaign.start(spec(List.of(10, 100), 1.0, 0.5, 100, null), gateways(20), T0);
        answer(c, c.tick(T0, fleet), "COMMITTED", T0);

        Campaign restored = new Campaign(c.spec(), c.state(), c.reason(), c.openWave(), c.targets());

        assertThat(restored.tick(T0.plusSeconds(1), fleet)).hasSize(18);
    }

    @Test
    void abort_cancels_whom_nothing_was_sent_and_paused_campaigns_resume() {
        Campaign c = Campaign.start(spec(List.of(50, 100), 1.0, 0.5, 1, null), gateways(4), T0);
        c.tick(T0, fleet);
        c.pause("operator");
        assertThat(c.tick(T0.plusSeconds(1), fleet)).isEmpty();
        c.resume();
        assertThat(c.state()).isEqualTo(CampaignState.RUNNING);

        c.abort("wrong release", T0.plusSeconds(2));

        assertThat(c.targets()).extracting(Target::state)
                .containsExactlyInAnyOrder(TargetState.SENT, TargetState.CANCELLED, TargetState.CANCELLED,
                        TargetState.CANCELLED);
        assertThat(c.tick(T0.plusSeconds(3), fleet)).isEmpty();
    }

    @Test
    void a_gateway_that_says_nothing_is_sent_the_change_again_when_it_is_online() {
        Campaign c = Campaign.start(spec(List.of(100), 1.0, 0.5, 1, null), gateways(1), T0);
        c.tick(T0, fleet);

        assertThat(c.tick(T0.plus(Duration.ofMinutes(5)), fleet)).isEmpty();
        assertThat(c.tick(T0.plus(Duration.ofMinutes(11)), fleet)).hasSize(1);
        assertThat(c.targets().get(0).attempts()).isEqualTo(2);
    }
}
