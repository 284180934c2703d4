package org.misono.gateway.runtime;

import java.util.Timer;
import java.util.TimerTask;

/**
 * Rolls back a release on trial that has not committed by its deadline. It runs outside the framework, so
 * it works even when the new release's update agent never starts.
 */
final class TrialWatchdog {

    private TrialWatchdog() {
    }

    static void arm(GatewayRuntime runtime, ReleaseSelector.Boot boot) {
        Timer timer = new Timer("misono-trial-watchdog", true);
        long delay = Math.max(0, boot.trialDeadline() - System.currentTimeMillis());
        timer.schedule(new TimerTask() {
            @Override
            public void run() {
                runtime.expireTrial(boot.version());
                timer.cancel();
            }
        }, delay);
    }
}
