package io.faultline.datasets.sim;

/**
 * Measures the true state the way a monitoring system would: requests and errors are counted over the tick
 * (Poisson counts, so quiet components have visibly noisier ratios), CPU and latency carry sampling noise,
 * and every value is rounded to six significant digits.
 */
final class MetricSampler {
    private static final double LATENCY_SIGMA = 0.05;
    private static final double CPU_NOISE_FLOOR = 0.008;
    private static final double CPU_NOISE_RELATIVE = 0.03;
    private static final int SIGNIFICANT_DIGITS = 6;
    private static final double[] POWERS_OF_TEN = new double[23]; // exact as doubles up to 1e22

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private MetricSampler() {
    }

    /**
     * One observed value per component and metric, {@code values[component][metric.ordinal()]}; draws the
     * same number of random numbers whatever the state.
     */
    static double[][] observe(TickState s, int stepSeconds, NoiseSource noise) {
        int n = s.rate.length;
        double[][] values = new double[n][SimMetric.values().length];
        for (int i = 0; i < n; i++) {
            double cpu = s.cpu[i] + (CPU_NOISE_FLOOR + CPU_NOISE_RELATIVE * s.cpu[i]) * noise.gaussian();
            double latency = s.latencyMs[i] * noise.lognormalFactor(LATENCY_SIGMA);
            double requests = noise.count(s.rate[i] * stepSeconds);
            double errors = Math.min(requests, noise.count(s.failure[i] * requests));
            double retransmits = noise.count(s.retransmitsPerSecond[i] * stepSeconds);
            double[] v = values[i];
            v[SimMetric.CPU_USAGE.ordinal()] = round(Math.max(0.001, Math.min(1, cpu)));
            v[SimMetric.MEMORY_USAGE.ordinal()] = Math.rint(round(s.memoryBytes[i]));
            v[SimMetric.REQUEST_LATENCY.ordinal()] = round(latency);
            v[SimMetric.ERROR_RATIO.ordinal()] = requests > 0 ? round(errors / requests) : 0;
            v[SimMetric.REQUEST_RATE.ordinal()] = round(requests / stepSeconds);
            v[SimMetric.NETWORK_RETRANSMITS.ordinal()] = round(retransmits / stepSeconds);
        }
        return values;
    }

    /**
     * Rounds to six significant digits. Dividing or multiplying an integer by an exact power of ten gives the
     * double nearest the decimal, so the CSV writer prints exactly six digits; StrictMath keeps it identical
     * on every JVM.
     */
    static double round(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v;
        }
        int shift = SIGNIFICANT_DIGITS - 1 - (int) Math.floor(StrictMath.log10(Math.abs(v)));
        if (shift >= POWERS_OF_TEN.length || -shift >= POWERS_OF_TEN.length) {
            return v;
        }
        return shift >= 0 ? Math.rint(v * POWERS_OF_TEN[shift]) / POWERS_OF_TEN[shift]
                : Math.rint(v / POWERS_OF_TEN[-shift]) * POWERS_OF_TEN[-shift];
    }
}
