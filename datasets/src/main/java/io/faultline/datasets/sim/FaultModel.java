package io.faultline.datasets.sim;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Turns a scenario into per-tick effects on the culprit. Effects start at full strength at the first faulty
 * tick (a memory leak starts growing there), jitter a little from tick to tick as real faults do, and stop
 * when the fault ends (the leaking process is restarted, the hog killed, the link repaired).
 */
final class FaultModel {
    private static final double DELAY_JITTER = 0.25;
    private static final double BURST_JITTER = 0.30;
    private static final double LOSS_JITTER = 0.20;
    private static final double HOG_JITTER = 0.04;

    private final FaultType type;
    private final FaultParams magnitudes;
    private final int culprit;
    private final long injectedAtMs;
    private final long endsAtMs;
    private final long stepMs;
    /** First instant the fault is gone because a recovery ended it early; Long.MAX_VALUE while none did. */
    private long clearedAtMs = Long.MAX_VALUE;

    FaultModel(FaultType type, FaultParams magnitudes, int culprit, long injectedAtMs, long endsAtMs, long stepMs) {
        this.type = type;
        this.magnitudes = magnitudes;
        this.culprit = culprit;
        this.injectedAtMs = injectedAtMs;
        this.endsAtMs = endsAtMs;
        this.stepMs = stepMs;
    }

    boolean active(long timestampMs) {
        return timestampMs >= injectedAtMs && timestampMs < Math.min(endsAtMs, clearedAtMs);
    }

    /** Ends the fault from {@code timestampMs} on (a recovery removed its cause); an earlier end stays. */
    void clearFrom(long timestampMs) {
        clearedAtMs = Math.min(clearedAtMs, timestampMs);
    }

    /** When a recovery ended the fault early, or empty. */
    OptionalLong clearedAtMs() {
        return clearedAtMs == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(clearedAtMs);
    }

    FaultType type() {
        return type;
    }

    int culprit() {
        return culprit;
    }

    /**
     * The effects on every component at {@code t}.
     *
     * @param jitter a standard normal draw (already noise-scaled) made every tick, faulty or not, so that the
     *               random sequence does not depend on the fault
     */
    FaultEffect[] effects(int componentCount, long timestampMs, double jitter) {
        FaultEffect[] effects = new FaultEffect[componentCount];
        Arrays.fill(effects, FaultEffect.NONE);
        if (active(timestampMs)) {
            effects[culprit] = culpritEffect(timestampMs, jitter);
        }
        return effects;
    }

    private FaultEffect culpritEffect(long timestampMs, double jitter) {
        return switch (type) {
            case CPU_HOG -> new FaultEffect(clamp(magnitudes.cpuHogShare() * (1 + HOG_JITTER * jitter), 0, 0.97),
                    0, 0, 0, 0);
            case MEMORY_LEAK -> {
                // counted to the end of the tick, so the first faulty tick already carries one step of leak
                double minutes = (timestampMs - injectedAtMs + stepMs) / 60_000.0;
                yield new FaultEffect(0, magnitudes.leakFractionPerMinute() * minutes, 0, 0, 0);
            }
            case LATENCY -> new FaultEffect(0, 0, magnitudes.addedDelayMs() * StrictMath.exp(DELAY_JITTER * jitter), 0, 0);
            case ERROR_BURST, BAD_DEPLOY -> new FaultEffect(0, 0, 0,
                    clamp(magnitudes.errorBurstRatio() * StrictMath.exp(BURST_JITTER * jitter), 0, 0.95), 0);
            case PACKET_LOSS -> new FaultEffect(0, 0, 0, 0,
                    clamp(magnitudes.packetLossRatio() * StrictMath.exp(LOSS_JITTER * jitter), 0, 0.6));
        };
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
