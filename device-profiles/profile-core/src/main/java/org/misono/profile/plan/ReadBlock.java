package org.misono.profile.plan;

import java.util.List;
import org.misono.profile.Point;
import org.misono.profile.RegisterRange;

/** One read request of a poll and the points its answer carries. */
public record ReadBlock(RegisterRange range, List<Point> points) {

    public ReadBlock {
        points = List.copyOf(points);
    }

    /** Where a point's first register sits in this block's answer. */
    public int offsetOf(Point point) {
        return point.register().address() - range.start();
    }
}
