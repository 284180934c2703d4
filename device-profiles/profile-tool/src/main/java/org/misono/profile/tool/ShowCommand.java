package org.misono.profile.tool;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.misono.profile.DeviceProfile;
import org.misono.profile.Point;
import org.misono.profile.load.InvalidProfileException;
import org.misono.profile.load.ProfileProblem;
import org.misono.profile.plan.ReadBlock;
import org.misono.profile.plan.ReadPlanner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", description = "Shows a profile's points with their addresses, and the reads of one poll.")
final class ShowCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE|ID", description = "A profile file, or a catalogue id such as misono/home-energy-meter.")
    private String profile;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DeviceProfile p;
        try {
            p = ProfileSource.resolve(profile);
        } catch (InvalidProfileException e) {
            e.problems().stream().map(ProfileProblem::toString).forEach(spec.commandLine().getErr()::println);
            return 1;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 1;
        }
        out.printf("%s  (%s)%n%s %s, %s, %s%n", p.reference(), p.source(), p.vendor(), p.model(),
                p.deviceClass().yamlName(), p.protocol().yamlName());
        out.printf("unit %d, timeout %d ms, max gap %d, up to %d registers per request%n%n", p.modbus().unitId(),
                p.modbus().timeoutMs(), p.modbus().maxGap(), p.modbus().maxRegistersPerRequest());
        out.printf("%-24s %-16s %-8s %-6s %-9s %-22s %s%n", "POINT", "ADDRESS", "TYPE", "UNIT", "ACCESS", "SEMANTIC",
                "VALUES");
        for (Point point : p.points()) {
            out.printf("%-24s %-16s %-8s %-6s %-9s %-22s %s%n", point.id(), point.span(), point.type().yamlName(),
                    orDash(point.unit()), point.access().name().toLowerCase(), orDash(point.semantic()),
                    values(point));
        }
        List<ReadBlock> plan = ReadPlanner.plan(p.points(), p.modbus());
        out.printf("%nOne poll reads %d points in %d request(s):%n", p.readablePoints().size(), plan.size());
        for (ReadBlock block : plan) {
            out.printf("  %-16s %3d points%n", block.range(), block.points().size());
        }
        return 0;
    }

    private static String values(Point point) {
        if (point.isEnum()) {
            return point.enumLabels().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(" "));
        }
        return point.isScaled() ? "x" + point.scale() + (point.offset() != 0 ? " + " + point.offset() : "") : "";
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
