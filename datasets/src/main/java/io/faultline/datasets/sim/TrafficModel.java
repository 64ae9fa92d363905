package io.faultline.datasets.sim;

/**
 * Requests per second entering the shop: a daily cycle times slowly wandering noise. The wander is a
 * first-order autoregressive process on the log rate with a 150-second memory, so bursts of users last a few
 * ticks rather than one, as in real traffic.
 */
final class TrafficModel {
    private static final double DAY_MS = 86_400_000.0;
    private static final double WANDER_SECONDS = 150.0;
    /** Standard deviation of the log-rate wander at stationarity (about 3.5 %). */
    private static final double WANDER_SIGMA = 0.035;

    private final SimulationParams params;
    private final double phi;
    private final double innovation;
    private double logWander;

    TrafficModel(SimulationParams params, NoiseSource noise) {
        this.params = params;
        this.phi = StrictMath.exp(-params.stepSeconds() / WANDER_SECONDS);
        this.innovation = WANDER_SIGMA * Math.sqrt(1 - phi * phi);
        this.logWander = WANDER_SIGMA * noise.gaussian(); // start at the stationary distribution
    }

    /** The noiseless daily profile at time {@code t}. */
    double seasonal(long timestampMs) {
        double hour = Math.floorMod(timestampMs, (long) DAY_MS) / 3_600_000.0;
        double phase = 2 * Math.PI * (hour - params.peakHourUtc()) / 24.0;
        return params.entryRatePerSecond() * (1 + params.dailyAmplitude() * StrictMath.cos(phase));
    }

    /** Advances the wander by one tick and returns the entry rate at {@code t}. */
    double next(long timestampMs, NoiseSource noise) {
        logWander = phi * logWander + innovation * noise.gaussian();
        return seasonal(timestampMs) * StrictMath.exp(logWander);
    }
}
