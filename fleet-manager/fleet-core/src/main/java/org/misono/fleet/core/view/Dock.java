package org.misono.fleet.core.view;

import java.time.Instant;
import org.misono.gateway.api.Quality;

/**
 * One dock of a mobility station, pieced together from its points.
 *
 * @param dock the dock's number, the {@code instance} of its points
 * @param quality the worst quality among the dock's points; a point without any reading yet counts as BAD
 * @param reason why the quality is not GOOD, point by point; null when GOOD
 * @param ts the newest reading among the dock's points; null before any
 */
public record Dock(int dock, Boolean vehiclePresent, Double batteryLevel, String chargingState, String lockState,
        Quality quality, String reason, Instant ts) {
}
