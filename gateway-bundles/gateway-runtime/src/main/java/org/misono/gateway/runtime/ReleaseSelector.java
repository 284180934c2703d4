package org.misono.gateway.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.misono.release.ReleaseState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the bundles a (re)start boots: the release on trial, once; otherwise the last committed release;
 * otherwise the factory release the gateway was installed with. A trial release that is booted a second
 * time never confirmed it was healthy (the gateway crashed or lost power on trial), so it is rolled back.
 */
final class ReleaseSelector {

    private static final Logger LOG = LoggerFactory.getLogger(ReleaseSelector.class);

    /** What to boot. {@code trialDeadline} is 0 unless the release is on trial. */
    record Boot(String version, Path bundlesDir, boolean trial, long trialDeadline) {
    }

    private ReleaseSelector() {
    }

    /** The version {@link #select} would boot now, without changing anything. */
    static String peek(Path dataDir, String factoryVersion) throws IOException {
        ReleaseState state = ReleaseState.load(dataDir);
        if (state.pending() != null && state.trialBoots() == 0
                && Files.isDirectory(ReleaseState.bundlesOf(dataDir, state.pending()))) {
            return state.pending();
        }
        if (state.committed() != null && Files.isDirectory(ReleaseState.bundlesOf(dataDir, state.committed()))) {
            return state.committed();
        }
        return factoryVersion;
    }

    static Boot select(Path dataDir, Path factoryBundles, String factoryVersion, long now) throws IOException {
        ReleaseState state = ReleaseState.load(dataDir);
        if (state.pending() != null) {
            Path trialBundles = ReleaseState.bundlesOf(dataDir, state.pending());
            if (state.trialBoots() == 0 && Files.isDirectory(trialBundles)) {
                ReleaseState booted = state.trialBooted();
                booted.save(dataDir);
                LOG.info("Booting release {} on trial; it must confirm it is healthy or the gateway returns to {}",
                        state.pending(), state.committed() != null ? state.committed() : factoryVersion);
                return new Boot(state.pending(), trialBundles, true, state.trialDeadline());
            }
            String reason = Files.isDirectory(trialBundles)
                    ? "the gateway restarted while " + state.pending()
                            + " was on trial (power cut or crash) before it confirmed it was healthy"
                    : "the staged bundles of " + state.pending() + " are missing";
            LOG.warn("Rolling back release {}: {}", state.pending(), reason);
            state = state.rollBack(reason, now);
            state.save(dataDir);
        }
        if (state.committed() != null) {
            Path committed = ReleaseState.bundlesOf(dataDir, state.committed());
            if (Files.isDirectory(committed)) {
                return new Boot(state.committed(), committed, false, 0);
            }
            LOG.error("The committed release {} is missing from {}; booting the factory release {}",
                    state.committed(), committed, factoryVersion);
        }
        return new Boot(factoryVersion, factoryBundles, false, 0);
    }
}
