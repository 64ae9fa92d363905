package io.faultline.datasets.sim;

import java.time.Duration;

/**
 * One simulated incident: normal operation for {@code warmUp}, then {@code fault} in {@code component} for
 * {@code faultLength}, then {@code recovery} of normal operation again (zero: the fault lasts until the end).
 *
 * @param seed        seeds every random draw; the same seed gives the same output
 * @param fault       what to inject
 * @param component   where to inject it (must be a component of the simulated shop)
 * @param warmUp      normal operation before the fault, >= 0
 * @param faultLength how long the fault lasts, > 0
 * @param recovery    normal operation after the fault, >= 0
 */
public record Scenario(long seed, FaultType fault, String component, Duration warmUp, Duration faultLength,
                       Duration recovery) {
    public Scenario {
        if (fault == null) {
            throw new IllegalArgumentException("fault must not be null, valid faults: " + FaultType.validNames());
        }
        if (component == null || component.isBlank()) {
            throw new IllegalArgumentException("component must not be blank");
        }
        if (warmUp == null || warmUp.isNegative()) {
            throw new IllegalArgumentException("warmUp must be >= 0, was " + warmUp);
        }
        if (faultLength == null || faultLength.isNegative() || faultLength.isZero()) {
            throw new IllegalArgumentException("faultLength must be > 0, was " + faultLength);
        }
        if (recovery == null || recovery.isNegative()) {
            throw new IllegalArgumentException("recovery must be >= 0, was " + recovery);
        }
    }

    /** One hour of warm-up, a 20-minute fault and 10 minutes of recovery. */
    public static Scenario of(long seed, FaultType fault, String component) {
        return new Scenario(seed, fault, component, Duration.ofHours(1), Duration.ofMinutes(20),
                Duration.ofMinutes(10));
    }

    /** Everything simulated: warm-up, fault and recovery. */
    public Duration totalLength() {
        return warmUp.plus(faultLength).plus(recovery);
    }
}
