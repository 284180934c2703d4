package org.misono.fleet.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rollout in progress. Gateways are put into waves in a stable order (by a hash of their id, so the first
 * wave is a spread of the fleet, not the oldest gateways); a wave opens when enough of the one before it
 * succeeded, and too many failures in an open wave pause the campaign by itself. Gateways are sent the change
 * only while online, inside their site's maintenance window, and no more at once than allowed; one that was
 * offline catches up when it is back. All state is in this object, so a restarted fleet manager continues
 * from what it stored.
 */
public final class Campaign {

    /** A gateway sent the change that says nothing for this long is sent it again when online. */
    static final Duration SILENCE_BEFORE_RESEND = Duration.ofMinutes(10);

    private final CampaignSpec spec;
    private final Map<String, Target> targets;
    private CampaignState state;
    private String reason;
    private int openWave;

    /** Rebuilds a campaign from what was stored. */
    public Campaign(CampaignSpec spec, CampaignState state, String reason, int openWave, List<Target> targets) {
        this.spec = spec;
        this.state = state;
        this.reason = reason;
        this.openWave = openWave;
        this.targets = new LinkedHashMap<>();
        targets.forEach(t -> this.targets.put(t.gatewayId(), t));
    }

    public static Campaign start(CampaignSpec spec, List<String> gatewayIds, Instant now) {
        List<String> ordered = gatewayIds.stream().distinct()
                .sorted(Comparator.comparingInt((String id) -> Integer.rotateLeft(id.hashCode() * 0x9E3779B9, 7))
                        .thenComparing(id -> id))
                .toList();
        List<Target> targets = new ArrayList<>();
        int n = ordered.size();
        for (int i = 0; i < n; i++) {
            int wave = waveOf(i, n, spec.wavePercents());
            targets.add(new Target(ordered.get(i), wave, wave == 0 ? TargetState.READY : TargetState.WAITING, -1, null,
                    0, now));
        }
        return new Campaign(spec, n == 0 ? CampaignState.COMPLETED : CampaignState.RUNNING, null, 0, targets);
    }

    /** The wave of the i-th of n gateways: wave k holds gateways up to ceil(percent_k * n / 100). */
    private static int waveOf(int index, int n, List<Integer> percents) {
        for (int k = 0; k < percents.size(); k++) {
            if (index < Math.ceil(percents.get(k) * n / 100.0)) {
                return k;
            }
        }
        return percents.size() - 1;
    }

    /**
     * Decides what happens now: pauses on too many failures, opens the next wave, completes, and returns the
     * gateways to send the change to.
     */
    public synchronized List<Dispatch> tick(Instant now, GatewayView fleet) {
        if (state != CampaignState.RUNNING) {
            return List.of();
        }
        WaveCount open = count(openWave);
        if (open.failed() > spec.failureThreshold() * open.size()) {
            pause("wave " + (openWave + 1) + ": " + open.failed() + " of " + open.size() + " gateways failed, above the "
                    + Math.round(spec.failureThreshold() * 100) + " % the campaign allows");
            return List.of();
        }
        while (openWave < lastWave() && count(openWave).succeeded() >= spec.successThreshold() * count(openWave).size()) {
            openWave++;
            int wave = openWave;
            targets.replaceAll((id, t) -> t.wave() == wave && t.state() == TargetState.WAITING
                    ? t.with(TargetState.READY, -1, null, now) : t);
        }
        if (targets.values().stream().allMatch(t -> t.state().isFinal())) {
            state = CampaignState.COMPLETED;
            return List.of();
        }
        return dispatch(now, fleet);
    }

    private List<Dispatch> dispatch(Instant now, GatewayView fleet) {
        long busy = targets.values().stream().filter(t -> t.state().isBusy()).count();
        List<Dispatch> out = new ArrayList<>();
        for (Target t : List.copyOf(targets.values())) {
            // a resend takes no new slot: the gateway already holds one
            boolean resend = t.state() == TargetState.SENT
                    && Duration.between(t.updatedAt(), now).compareTo(SILENCE_BEFORE_RESEND) >= 0;
            boolean fresh = t.state() == TargetState.READY && busy < spec.maxConcurrent();
            if (!(fresh || resend) || !fleet.isOnline(t.gatewayId())) {
                continue;
            }
            if (spec.window() != null && !spec.window().contains(now.atZone(fleet.zoneOf(t.gatewayId())))) {
                continue;
            }
            targets.put(t.gatewayId(), t.sent(now));
            out.add(new Dispatch(spec.id(), t.gatewayId(), spec.change()));
            if (!resend) {
                busy++;
            }
        }
        return out;
    }

    /** Records what a gateway reported; reports about another version or after the end are ignored. */
    public synchronized void report(GatewayReport report, Instant now) {
        Target t = targets.get(report.gatewayId());
        if (t == null || t.state().isFinal() || !report.version().equals(spec.change().version())) {
            return;
        }
        if (t.state() == TargetState.WAITING || t.state() == TargetState.READY) {
            return;
        }
        targets.put(t.gatewayId(), t.with(report.targetState(), report.percent(), report.detail(), now));
    }

    public synchronized void pause(String why) {
        if (state == CampaignState.RUNNING) {
            state = CampaignState.PAUSED;
            reason = why;
        }
    }

    public synchronized void resume() {
        if (state == CampaignState.PAUSED) {
            state = CampaignState.RUNNING;
            reason = null;
        }
    }

    /** Stops the campaign for good; gateways not yet sent the change are cancelled. */
    public synchronized void abort(String why, Instant now) {
        if (state == CampaignState.COMPLETED || state == CampaignState.ABORTED) {
            return;
        }
        state = CampaignState.ABORTED;
        reason = why;
        targets.replaceAll((id, t) -> t.state() == TargetState.WAITING || t.state() == TargetState.READY
                ? t.with(TargetState.CANCELLED, -1, "campaign aborted", now) : t);
    }

    private WaveCount count(int wave) {
        int size = 0;
        int succeeded = 0;
        int failed = 0;
        for (Target t : targets.values()) {
            if (t.wave() == wave) {
                size++;
                succeeded += t.state() == TargetState.SUCCEEDED ? 1 : 0;
                failed += t.state() == TargetState.FAILED ? 1 : 0;
            }
        }
        return new WaveCount(size, succeeded, failed);
    }

    private record WaveCount(int size, int succeeded, int failed) {
    }

    private int lastWave() {
        return targets.values().stream().mapToInt(Target::wave).max().orElse(0);
    }

    public CampaignSpec spec() {
        return spec;
    }

    public synchronized CampaignState state() {
        return state;
    }

    /** Why it is paused or aborted. */
    public synchronized String reason() {
        return reason;
    }

    /** The highest wave opened so far, from 0. */
    public synchronized int openWave() {
        return openWave;
    }

    public synchronized List<Target> targets() {
        return List.copyOf(targets.values());
    }
}
