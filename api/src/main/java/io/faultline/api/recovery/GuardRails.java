package io.faultline.api.recovery;

import io.faultline.api.config.RecoveryConfig;
import io.faultline.rca.RecoveryKind;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether a proposed recovery may run, and says why not. A pure policy: it reads the
 * injected clock and the times of the component's earlier executed actions, and changes nothing.
 * The checks run in this order and the first that fails decides: an executor exists, the
 * allow-list names the component and kind, the confidence reaches the threshold, the cooldown has
 * passed, the hourly limit is not reached; then dry run (config or request) turns EXECUTE into
 * DRY_RUN. A dry run thus reports what the guard rails would have refused.
 */
public final class GuardRails {
    private static final long HOUR_MS = 3_600_000;

    private final RecoveryConfig config;
    private final Clock clock;

    public GuardRails(RecoveryConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param executedAtMs  times of the actions executed on the proposal's component, any order;
     *                      those older than an hour are ignored
     */
    public Decision decide(Proposal p, List<Long> executedAtMs) {
        long now = clock.millis();
        String action = p.kind() + " on " + p.component();
        if (p.executor() == null) {
            return new Decision(Verdict.NO_EXECUTOR, "no executor is configured for " + p.kind()
                    + " (recovery.kubernetes, recovery.webhook or recovery.command)");
        }
        if (!allowed(p.component(), p.kind())) {
            return new Decision(Verdict.NOT_ALLOWED, action + " is not in recovery.allowList");
        }
        if (p.confidence() < config.minConfidence()) {
            return new Decision(Verdict.LOW_CONFIDENCE, String.format(Locale.ROOT,
                    "confidence %.2f in %s is below recovery.minConfidence %.2f", p.confidence(), p.component(), config.minConfidence()));
        }
        long last = executedAtMs.stream().mapToLong(Long::longValue).filter(t -> t <= now).max().orElse(Long.MIN_VALUE);
        if (last != Long.MIN_VALUE && now - last < config.cooldownSeconds() * 1000) {
            return new Decision(Verdict.COOLDOWN, "the last action on " + p.component() + " was " + (now - last) / 1000
                    + " s ago; recovery.cooldownSeconds is " + config.cooldownSeconds());
        }
        long inLastHour = executedAtMs.stream().filter(t -> t > now - HOUR_MS && t <= now).count();
        if (inLastHour >= config.maxPerComponentPerHour()) {
            return new Decision(Verdict.RATE_LIMITED, p.component() + " had " + inLastHour
                    + " actions in the last hour; recovery.maxPerComponentPerHour is " + config.maxPerComponentPerHour());
        }
        if (config.dryRun() || p.dryRun()) {
            return new Decision(Verdict.DRY_RUN, "dry run (" + (config.dryRun() ? "recovery.dryRun" : "requested")
                    + "): would run " + action + " with " + p.executor());
        }
        return new Decision(Verdict.EXECUTE, "guard rails passed: running " + action + " with " + p.executor());
    }

    private boolean allowed(String component, RecoveryKind kind) {
        for (String entry : config.allowList()) {
            int colon = entry.indexOf(':');
            String c = entry.substring(0, colon).strip();
            String k = entry.substring(colon + 1).strip();
            if ((c.equals("*") || c.equals(component)) && (k.equals("*") || k.equalsIgnoreCase(kind.name()))) {
                return true;
            }
        }
        return false;
    }
}
