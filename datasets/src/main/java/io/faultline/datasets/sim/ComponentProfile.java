package io.faultline.datasets.sim;

/**
 * How one simulated component behaves under load.
 *
 * @param name               component name
 * @param kind               {@code service}, {@code database}, {@code queue}, ...
 * @param serviceTimeMs      its own p90 processing time at near-zero load, without waiting for callees
 * @param capacityRps        requests per second that would use all of its allotted CPU
 * @param idleCpu            CPU ratio it uses with no traffic (runtime, health checks, scraping)
 * @param memoryLimitBytes   allotted memory; memory series are fractions of it
 * @param baseMemoryFraction live memory in normal operation, as a fraction of the limit
 * @param gcSawtooth         true for garbage-collected runtimes, whose memory climbs and drops with each GC cycle
 * @param baseErrorRatio     share of its requests that fail in normal operation
 */
public record ComponentProfile(String name, String kind, double serviceTimeMs, double capacityRps, double idleCpu,
                               long memoryLimitBytes, double baseMemoryFraction, boolean gcSawtooth,
                               double baseErrorRatio) {
    public ComponentProfile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("profile name must not be blank");
        }
        if (kind == null || kind.isBlank()) {
            throw new IllegalArgumentException("profile '" + name + "' has a blank kind");
        }
        requireRange(name, "serviceTimeMs", serviceTimeMs, 0.01, 60_000);
        requireRange(name, "capacityRps", capacityRps, 1e-3, 1e9);
        requireRange(name, "idleCpu", idleCpu, 0, 0.5);
        requireRange(name, "baseMemoryFraction", baseMemoryFraction, 0.01, 0.8);
        requireRange(name, "baseErrorRatio", baseErrorRatio, 0, 0.2);
        if (memoryLimitBytes < 1 << 20) {
            throw new IllegalArgumentException("profile '" + name + "': memoryLimitBytes must be >= 1 MiB, was "
                    + memoryLimitBytes);
        }
    }

    static void requireRange(String owner, String field, double value, double min, double max) {
        if (!(value >= min && value <= max)) { // also rejects NaN
            throw new IllegalArgumentException("'" + owner + "': " + field + " must be in [" + min + ", " + max
                    + "], was " + value);
        }
    }
}
