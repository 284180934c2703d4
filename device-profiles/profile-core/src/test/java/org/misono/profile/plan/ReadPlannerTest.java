package org.misono.profile.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.misono.profile.DeviceProfile;
import org.misono.profile.Point;
import org.misono.profile.RegisterRange;
import org.misono.profile.RegisterTable;
import org.misono.profile.catalogue.ProfileCatalogue;
import org.misono.profile.load.ProfileLoader;

class ReadPlannerTest {

    private static final ProfileLoader LOADER = new ProfileLoader();
    private final ProfileCatalogue catalogue = ProfileCatalogue.fromClassPath(getClass().getClassLoader(), LOADER);

    @Test
    void reads_the_twelve_dock_station_in_three_requests() {
        DeviceProfile station = catalogue.find("misono/mobility-station-12").orElseThrow();

        List<ReadBlock> plan = ReadPlanner.plan(station.points(), station.modbus());

        assertThat(plan).extracting(ReadBlock::range).containsExactly(
                new RegisterRange(RegisterTable.DISCRETE, 0, 12),
                new RegisterRange(RegisterTable.INPUT, 0, 13),
                new RegisterRange(RegisterTable.INPUT, 100, 117));
        assertThat(plan.stream().mapToInt(b -> b.points().size()).sum())
                .as("every readable point in exactly one request; unlock coils are write-only")
                .isEqualTo(station.readablePoints().size());
    }

    @Test
    void reads_the_meter_in_two_requests() {
        DeviceProfile meter = catalogue.find("misono/home-energy-meter").orElseThrow();

        assertThat(ReadPlanner.plan(meter.points(), meter.modbus())).extracting(ReadBlock::range).containsExactly(
                new RegisterRange(RegisterTable.INPUT, 0, 14),
                new RegisterRange(RegisterTable.INPUT, 70, 6));
    }

    @Test
    void splits_at_gaps_wider_than_allowed_at_the_request_limit_and_around_forbidden_ranges() throws Exception {
        DeviceProfile p = LOADER.parse("p.yaml", """
                formatVersion: 1
                id: acme/planner
                vendor: Acme
                model: P
                version: 1.0.0
                deviceClass: generic
                protocol: modbus-tcp
                modbus:
                  maxGap: 4
                  maxRegistersPerRequest: 9
                  noRead: [ { table: holding, start: 22, count: 1 } ]
                points:
                  - { id: a, register: { table: holding, address: 0 }, type: uint16 }
                  - { id: b, register: { table: holding, address: 5 }, type: uint32 }
                  - { id: c, register: { table: holding, address: 8 }, type: uint32 }
                  - { id: d, register: { table: holding, address: 20 }, type: uint16 }
                  - { id: e, register: { table: holding, address: 24 }, type: uint16 }
                  - { id: f, register: { table: holding, address: 40 }, type: uint16 }
                """);

        List<ReadBlock> plan = ReadPlanner.plan(p.points(), p.modbus());

        assertThat(plan).extracting(ReadBlock::range).containsExactly(
                new RegisterRange(RegisterTable.HOLDING, 0, 7),   // adding c would make 10 registers > 9
                new RegisterRange(RegisterTable.HOLDING, 8, 2),
                new RegisterRange(RegisterTable.HOLDING, 20, 1),  // 21..23 would read the forbidden 22
                new RegisterRange(RegisterTable.HOLDING, 24, 1),
                new RegisterRange(RegisterTable.HOLDING, 40, 1)); // gap of 15 > 4
        assertThat(plan.get(0).points()).extracting(Point::id).containsExactly("a", "b");
    }
}
