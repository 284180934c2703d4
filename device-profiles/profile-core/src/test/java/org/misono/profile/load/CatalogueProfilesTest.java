package org.misono.profile.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.misono.profile.DeviceClass;
import org.misono.profile.DeviceProfile;
import org.misono.profile.Point;
import org.misono.profile.catalogue.ProfileCatalogue;

class CatalogueProfilesTest {

    private final ProfileCatalogue catalogue =
            ProfileCatalogue.fromClassPath(getClass().getClassLoader(), new ProfileLoader());

    @Test
    void every_catalogue_profile_validates_against_the_schema_and_rules() {
        assertThat(catalogue.problems()).isEmpty();
        assertThat(catalogue.profiles()).extracting(DeviceProfile::id)
                .contains("misono/mobility-station-12", "misono/home-energy-meter");
    }

    @Test
    void mobility_station_has_twelve_docks_each_with_presence_battery_charging_and_lock() {
        DeviceProfile station = catalogue.find("misono/mobility-station-12").orElseThrow();

        assertThat(station.deviceClass()).isEqualTo(DeviceClass.MOBILITY_STATION);
        List<Point> docks = station.points().stream().filter(p -> "dock".equals(p.group())).toList();
        assertThat(docks.stream().map(Point::instance).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        for (int dock = 1; dock <= 12; dock++) {
            int n = dock;
            Set<String> semantics = docks.stream().filter(p -> p.instance() == n).map(Point::semantic)
                    .collect(Collectors.toSet());
            assertThat(semantics).contains("dock.vehiclePresent", "dock.batteryLevel", "dock.chargingState",
                    "dock.lockState");
        }
        Point battery3 = station.point("dock03.battery").orElseThrow();
        assertThat(battery3.name()).isEqualTo("Dock 3 battery");
        assertThat(battery3.register().address()).isEqualTo(120);
        assertThat(battery3.unit()).isEqualTo("%");
        assertThat(station.point("dock12.unlock").orElseThrow().register().address()).isEqualTo(11);
    }

    @Test
    void energy_meter_has_power_and_both_energy_counters() {
        DeviceProfile meter = catalogue.find("misono/home-energy-meter").orElseThrow();

        assertThat(meter.deviceClass()).isEqualTo(DeviceClass.ENERGY_METER);
        assertThat(meter.points()).extracting(Point::semantic)
                .contains("meter.activePower", "meter.energyImport", "meter.energyExport");
        assertThat(meter.point("activePower").orElseThrow().unit()).isEqualTo("W");
        assertThat(meter.point("energyImport").orElseThrow().unit()).isEqualTo("kWh");
    }

    @Test
    void finds_a_profile_by_exact_reference_and_by_id_for_the_newest_version() {
        assertThat(catalogue.find("misono/home-energy-meter@1.0.0")).isPresent();
        assertThat(catalogue.find("misono/home-energy-meter@9.9.9")).isEmpty();
        assertThat(catalogue.find("misono/home-energy-meter")).get()
                .extracting(DeviceProfile::version).isEqualTo("1.0.0");
    }
}
