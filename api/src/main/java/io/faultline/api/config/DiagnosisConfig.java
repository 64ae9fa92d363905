package io.faultline.api.config;

/**
 * @param baselineSeconds    history before an onset that a diagnosis compares against; also how much
 *                           stored history primes the scorer of a series after a restart
 * @param rediagnoseSeconds  an active incident is diagnosed again after this much data time
 */
public record DiagnosisConfig(long baselineSeconds, long rediagnoseSeconds) {
    public static final DiagnosisConfig DEFAULTS = new DiagnosisConfig(3600, 60);

    public DiagnosisConfig {
        if (baselineSeconds < 60) {
            throw new IllegalArgumentException("diagnosis.baselineSeconds must be >= 60, was " + baselineSeconds);
        }
        if (rediagnoseSeconds < 1) {
            throw new IllegalArgumentException("diagnosis.rediagnoseSeconds must be >= 1, was " + rediagnoseSeconds);
        }
    }
}
