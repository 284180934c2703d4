package org.misono.fleet.campaign;

import java.util.List;

/**
 * What an operator asks for.
 *
 * @param wavePercents cumulative share of the targets in each wave, ascending, ending at 100, e.g. 1, 10, 50, 100
 * @param successThreshold share of a wave that must have succeeded before the next wave opens, 0..1
 * @param failureThreshold share of a wave that may fail; more pauses the campaign by itself, 0..1
 * @param maxConcurrent gateways downloading or installing at once
 * @param window when sites accept changes, in their local time; null for any time
 */
public record CampaignSpec(String id, String tenant, String name, Change change, List<Integer> wavePercents,
        double successThreshold, double failureThreshold, int maxConcurrent, MaintenanceWindow window) {

    public CampaignSpec {
        wavePercents = List.copyOf(wavePercents);
        if (wavePercents.isEmpty() || wavePercents.get(wavePercents.size() - 1) != 100) {
            throw new IllegalArgumentException("waves must end at 100 %, e.g. [1, 10, 50, 100]");
        }
        for (int i = 0; i < wavePercents.size(); i++) {
            int p = wavePercents.get(i);
            if (p < 1 || p > 100 || (i > 0 && p <= wavePercents.get(i - 1))) {
                throw new IllegalArgumentException("wave shares must rise from 1 to 100 %: " + wavePercents);
            }
        }
        if (successThreshold <= 0 || successThreshold > 1 || failureThreshold < 0 || failureThreshold >= 1) {
            throw new IllegalArgumentException("thresholds are shares: success in (0, 1], failure in [0, 1)");
        }
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("at least one gateway must be allowed to update at a time");
        }
    }
}
