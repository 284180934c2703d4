package org.misono.fleet.campaign;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * When a site accepts changes, in its own local time, e.g. 01:00 to 05:00 on working days. A window whose end
 * is before its start runs over midnight; its day is the day it starts.
 */
public record MaintenanceWindow(LocalTime start, LocalTime end, Set<DayOfWeek> days) {

    public MaintenanceWindow {
        days = days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : EnumSet.copyOf(days);
    }

    public boolean contains(ZonedDateTime localTime) {
        LocalTime t = localTime.toLocalTime();
        if (!start.isAfter(end)) {
            return days.contains(localTime.getDayOfWeek()) && !t.isBefore(start) && t.isBefore(end);
        }
        if (!t.isBefore(start)) {
            return days.contains(localTime.getDayOfWeek());
        }
        return t.isBefore(end) && days.contains(localTime.getDayOfWeek().minus(1));
    }
}
