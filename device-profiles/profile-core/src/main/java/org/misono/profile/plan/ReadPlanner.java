package org.misono.profile.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.misono.profile.ModbusSettings;
import org.misono.profile.Point;
import org.misono.profile.RegisterRange;
import org.misono.profile.RegisterTable;

/**
 * Coalesces a device's readable points into read requests. Neighbouring points share a request when the
 * unused registers between them are no more than the profile's {@code maxGap}, the request stays within
 * the device's per-request limit, and it touches no range the profile marks {@code noRead}.
 *
 * <p>Per table the points are taken in address order and each request is extended as far as the rules
 * allow before a new one starts; since a request is a contiguous range, extending it never costs a later
 * point anything, so this greedy order gives the fewest requests the rules permit.
 */
public final class ReadPlanner {

    private ReadPlanner() {
    }

    public static List<ReadBlock> plan(List<Point> points, ModbusSettings settings) {
        List<ReadBlock> blocks = new ArrayList<>();
        for (RegisterTable table : RegisterTable.values()) {
            List<Point> inTable = points.stream()
                    .filter(p -> p.access().canRead() && p.register().table() == table)
                    .sorted(Comparator.comparingInt((Point p) -> p.register().address())
                            .thenComparingInt(Point::addressCount))
                    .toList();
            blocks.addAll(planTable(table, inTable, settings));
        }
        return blocks;
    }

    private static List<ReadBlock> planTable(RegisterTable table, List<Point> points, ModbusSettings settings) {
        List<ReadBlock> blocks = new ArrayList<>();
        int limit = settings.maxPerRequest(table);
        int start = -1;
        int end = -1;
        List<Point> current = new ArrayList<>();
        for (Point p : points) {
            int pStart = p.register().address();
            int pEnd = pStart + p.addressCount();
            boolean fits = !current.isEmpty()
                    && pStart - end <= settings.maxGap()
                    && Math.max(end, pEnd) - start <= limit
                    && !gapForbidden(table, end, pStart, settings);
            if (!fits && !current.isEmpty()) {
                blocks.add(new ReadBlock(new RegisterRange(table, start, end - start), current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                start = pStart;
                end = pEnd;
            } else {
                end = Math.max(end, pEnd);
            }
            current.add(p);
        }
        if (!current.isEmpty()) {
            blocks.add(new ReadBlock(new RegisterRange(table, start, end - start), current));
        }
        return blocks;
    }

    /** Whether reading the unused registers {@code [from, to)} would touch a range the device refuses. */
    private static boolean gapForbidden(RegisterTable table, int from, int to, ModbusSettings settings) {
        if (to <= from) {
            return false;
        }
        RegisterRange gap = new RegisterRange(table, from, to - from);
        return settings.noRead().stream().anyMatch(gap::overlaps);
    }
}
