package io.faultline.api.evaluate;

import io.faultline.rca.RankedCause;
import io.faultline.rca.RootCauseRanker;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Times a ranker case by case on {@link SyntheticRcaCases} ({@code faultline bench rca}): the cases of seeds
 * {@code firstSeed, firstSeed + 1, ...} are generated ahead of each timing (generation is not timed), the first
 * {@code warmup} are ranked untimed so that the JIT has compiled the ranker, then each further case's
 * {@link RootCauseRanker#rank} call is timed alone. Reported: median, p99 (nearest rank), mean and largest
 * time in milliseconds, and the share of timed cases whose culprit was ranked first, to show the ranker did
 * real work. The clock is injected so that the arithmetic can be tested; timings are never asserted.
 */
public final class RcaSpeedBenchmark {
    private final RootCauseRanker ranker;
    private final SyntheticRcaCases cases;
    private final LongSupplier nanoClock;

    /** What was measured; times in milliseconds per case. */
    public record Summary(String ranker, int services, int metrics, int seriesPerCase, int pointsPerSeries, int cases,
                          int warmupCases, long firstSeed, double medianMs, double p99Ms, double meanMs, double maxMs,
                          double ac1) {
    }

    /** @param nanoClock a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests */
    public RcaSpeedBenchmark(RootCauseRanker ranker, SyntheticRcaCases cases, LongSupplier nanoClock) {
        this.ranker = ranker;
        this.cases = cases;
        this.nanoClock = nanoClock;
    }

    /** @param timed cases timed, >= 1; @param warmup cases ranked first without timing, >= 0 */
    public Summary run(int timed, int warmup, long firstSeed) {
        if (timed < 1 || warmup < 0) {
            throw new IllegalArgumentException("cases must be >= 1 and warm-up cases >= 0, were " + timed + " and " + warmup);
        }
        for (int i = 0; i < warmup; i++) {
            ranker.rank(cases.generate(firstSeed + i).rcaCase());
        }
        double[] ms = new double[timed];
        int first = 0;
        for (int i = 0; i < timed; i++) {
            SyntheticRcaCases.Generated g = cases.generate(firstSeed + warmup + i);
            long start = nanoClock.getAsLong();
            List<RankedCause> ranked = ranker.rank(g.rcaCase());
            ms[i] = (nanoClock.getAsLong() - start) / 1e6;
            if (!ranked.isEmpty() && ranked.get(0).component().equals(g.culprit())) {
                first++;
            }
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new Summary(ranker.name(), cases.services(), cases.metrics(), cases.services() * cases.metrics(),
                cases.baselinePoints() + cases.faultPoints(), timed, warmup, firstSeed, quantile(sorted, 0.5),
                quantile(sorted, 0.99), Arrays.stream(ms).average().orElse(0), sorted[sorted.length - 1],
                (double) first / timed);
    }

    /** Nearest-rank quantile of sorted values: the smallest value with at least {@code q} of them at or below it. */
    static double quantile(double[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
