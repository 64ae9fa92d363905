package io.faultline.rca.rank;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RcaCase;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKinds;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast {@link DeviationMeasure} gives exactly what {@link LegacyDeviationMeasure} (the code it
 * replaced) gives, record for record and so double for double, on seeded random series chosen to
 * reach every branch: ties, sparse and constant series, gaps and non-finite points, {@code -0.0},
 * short baselines that take the guard search, long ones that take the long scale; and the ranker
 * ranks the same with either. Likewise the fast {@link CalleeResiduals} against
 * {@link LegacyCalleeResiduals}, on random call trees with series on their own clocks.
 */
class DeviationMeasureEquivalenceTest {
    private static final String[] METRICS = {"cpu_usage_ratio", "memory_usage_bytes", "request_latency_ms",
        "error_ratio", "request_rate", "network_retransmits_per_second"};

    private static BaselineDeviationParams params(int smoothing, int longSmoothing, double tailQuantile,
                                                  int minBaselinePoints) {
        BaselineDeviationParams d = BaselineDeviationParams.DEFAULTS;
        return params(smoothing, longSmoothing, tailQuantile, minBaselinePoints, d.calleeRegressors(),
                d.minCalleeCorrelation(), d.minExplained());
    }

    private static BaselineDeviationParams params(int smoothing, int longSmoothing, double tailQuantile,
                                                  int minBaselinePoints, int calleeRegressors,
                                                  double minCalleeCorrelation, double minExplained) {
        BaselineDeviationParams d = BaselineDeviationParams.DEFAULTS;
        return new BaselineDeviationParams(minBaselinePoints, d.baselineGuardMs(), d.baselineGuardShare(), smoothing,
                longSmoothing, tailQuantile, d.thresholdZ(), d.maxZ(), d.minRelativeScale(), d.minAbsoluteScale(),
                d.secondaryShare(), d.downWeight(), d.trafficWeight(), d.otherWeight(), d.nonFaultFactor(),
                d.onsetToleranceMs(), d.demoteFactor(), d.promoteWeight(), d.entryPathBonus(), d.entryChainWeight(),
                d.firstOnsetBonus(), d.maxEvidence(), d.classifier(), calleeRegressors, minCalleeCorrelation,
                minExplained, d.errorsNeedCalleeErrors());
    }

    private static final List<BaselineDeviationParams> PARAMS = List.of(BaselineDeviationParams.DEFAULTS,
            params(1, 1, 0.9, 3), params(3, 7, 0.95, 5, 1, 0.3, 0.2), params(7, 31, 0.999, 10, 3, 0.0, 0.5),
            params(5, 15, 0.9999, 20));

    /** A value drawn from one of several shapes, some with many ties. */
    private static double value(Random random, int shape, double level, boolean after, double shift) {
        double v = switch (shape) {
            case 0 -> level * (1 + 0.05 * random.nextGaussian());
            case 1 -> Math.round(level / 10 + 2 * random.nextGaussian());
            case 2 -> random.nextDouble() < 0.2 ? 1 / 180.0 : 0;
            case 3 -> level;
            case 4 -> random.nextDouble() < 0.1 ? -0.0 : random.nextInt(3);
            default -> level * Math.exp(0.5 * random.nextGaussian());
        };
        return after ? v + shift : v;
    }

    private static ComponentSeries series(Random random, String component, int metric, long[] times, int onsetIndex) {
        return series(random, component, metric, times, onsetIndex, 0.02, 0.025);
    }

    /** With a share {@code nan} of NaN points and up to {@code infinite} of NaN or infinite ones. */
    private static ComponentSeries series(Random random, String component, int metric, long[] times, int onsetIndex,
                                          double nan, double infinite) {
        int shape = random.nextInt(6);
        double level = 1 + 99 * random.nextDouble();
        double shift = random.nextBoolean() ? 0 : (random.nextBoolean() ? 1 : -1) * level * random.nextDouble();
        double[] v = new double[times.length];
        for (int i = 0; i < v.length; i++) {
            double r = random.nextDouble();
            v[i] = r < nan ? Double.NaN : r < infinite ? Double.POSITIVE_INFINITY
                    : value(random, shape, level, i >= onsetIndex, shift);
        }
        String name = METRICS[metric % METRICS.length];
        SeriesKey key = SeriesKey.of(name, "service", component, "m", Integer.toString(metric));
        return new ComponentSeries(component, SignalKinds.of(name), new SeriesSamples(key, times, v));
    }

    /** Irregular increasing timestamps: mostly 15 s apart, sometimes a gap. */
    private static long[] times(Random random, int n) {
        long[] t = new long[n];
        long now = 1_700_000_000_000L;
        for (int i = 0; i < n; i++) {
            now += random.nextDouble() < 0.05 ? 15_000L * (2 + random.nextInt(10)) : 15_000L;
            t[i] = now;
        }
        return t;
    }

    @Test
    void measuresEveryRandomSeriesExactlyAsTheLegacyCode() {
        int measured = 0;
        for (BaselineDeviationParams p : PARAMS) {
            DeviationMeasure fast = new DeviationMeasure(p);
            LegacyDeviationMeasure legacy = new LegacyDeviationMeasure(p);
            for (int seed = 0; seed < 400; seed++) {
                Random random = new Random(seed);
                // baselines from a few points (guard search, no long scale) to many (long scale)
                int baseline = 3 + random.nextInt(seed % 2 == 0 ? 60 : 400);
                int window = 1 + random.nextInt(80);
                long[] t = times(random, baseline + window);
                ComponentSeries cs = series(random, "svc", seed, t, baseline);
                long onset = t[Math.min(baseline, t.length - 1)];
                long end = t[t.length - 1];
                Optional<SeriesDeviation> expected = legacy.measure(cs, onset, end);
                assertEquals(expected, fast.measure(cs, onset, end), "seed " + seed + " params " + p);
                measured += expected.isPresent() ? 1 : 0;
            }
        }
        assertTrue(measured > 1000, "only " + measured + " series had a deviation to compare");
    }

    /**
     * A random call tree of services with six series each; some series of a service are
     * sampled on their own clock (shifted, with gaps), so that callee series must be aligned.
     */
    private static RcaCase randomCase(Random random) {
        return randomCase(random, 0.02, 0.025, 0.15);
    }

    /**
     * As above with the given shares of NaN and non-finite points and of series on their own clock:
     * with none, every regression takes the path for series finite on the whole baseline.
     */
    private static RcaCase randomCase(Random random, double nan, double infinite, double ownClock) {
        int services = 3 + random.nextInt(10);
        List<ServiceGraph.Component> components = new ArrayList<>();
        List<ServiceGraph.Edge> edges = new ArrayList<>();
        for (int s = 0; s < services; s++) {
            components.add(new ServiceGraph.Component("svc" + s, "service"));
            if (s > 0) {
                edges.add(new ServiceGraph.Edge("svc" + random.nextInt(s), "svc" + s));
            }
        }
        int baseline = 20 + random.nextInt(240);
        long[] t = times(random, baseline + 10 + random.nextInt(40));
        List<ComponentSeries> series = new ArrayList<>();
        for (int s = 0; s < services; s++) {
            for (int m = 0; m < 6; m++) {
                long[] own = random.nextDouble() < ownClock ? times(random, t.length) : t;
                series.add(series(random, "svc" + s, m, own, baseline, nan, infinite));
            }
        }
        return new RcaCase(new ServiceGraph(components, edges), series, t[baseline], t[t.length - 1]);
    }

    @Test
    void calleeResidualsAreExactlyTheLegacyOnes() {
        assertSameResiduals(0.02, 0.025, 0.15);
    }

    @Test
    void calleeResidualsOfFiniteSeriesOnOneClockAreExactlyTheLegacyOnes() {
        assertSameResiduals(0, 0, 0);
        assertSameResiduals(0, 0, 0.3);
    }

    private static void assertSameResiduals(double nan, double infinite, double ownClock) {
        int residuals = 0;
        for (int seed = 0; seed < 40; seed++) {
            RcaCase rcaCase = randomCase(new Random(2000 + seed), nan, infinite, ownClock);
            for (BaselineDeviationParams p : PARAMS) {
                Map<ComponentSeries, ComponentSeries> expected = new LegacyCalleeResiduals(p).of(rcaCase);
                Map<ComponentSeries, ComponentSeries> actual = new CalleeResiduals(p).of(rcaCase);
                assertEquals(expected.size(), actual.size(), "seed " + seed);
                for (ComponentSeries cs : rcaCase.series()) {
                    ComponentSeries e = expected.get(cs);
                    ComponentSeries a = actual.get(cs);
                    assertEquals(e == null, a == null, "seed " + seed + " " + cs.samples().key());
                    if (e != null) {
                        assertArrayEquals(e.samples().values(), a.samples().values(), "seed " + seed);
                        residuals++;
                    }
                }
            }
        }
        assertTrue(residuals > 500, "only " + residuals + " residuals to compare");
    }

    @Test
    void ranksRandomCasesExactlyAsWithTheLegacyMeasure() {
        for (int seed = 0; seed < 24; seed++) {
            Random random = new Random(1000 + seed);
            RcaCase rcaCase = seed < 12 ? randomCase(random) : randomCase(random, 0, 0, 0.1);
            for (BaselineDeviationParams p : PARAMS) {
                List<RankedCause> expected = new BaselineDeviationRanker(p, new LegacyDeviationMeasure(p)).rank(rcaCase);
                assertEquals(expected, new BaselineDeviationRanker(p).rank(rcaCase), "seed " + seed);
            }
        }
    }

    @Test
    void percentilesAreTheLibrarysOnEverySizeAndLevel() {
        Random random = new Random(7);
        for (int n = 1; n <= 60; n++) {
            double[] values = new double[n];
            for (int i = 0; i < n; i++) {
                values[i] = random.nextBoolean() ? random.nextInt(4) : random.nextGaussian();
            }
            for (double p : new double[]{0.5, 1, 100 * (1 - 0.99), 5, 25, 50, 75, 95, 100 * 0.99, 99.99, 100}) {
                Percentile library = new Percentile();
                assertEquals(library.evaluate(values, p), SelectedPercentiles.of(values).percentile(p), "n " + n + " p " + p);
            }
            double median = new Median().evaluate(values);
            double[] absDev = Arrays.stream(values).map(v -> Math.abs(v - median)).toArray();
            assertEquals(new Median().evaluate(absDev),
                    SelectedPercentiles.of(values).medianAbsoluteDeviation(median), "n " + n);
            // several estimates on one copy, in the order the ranker asks for them
            SelectedPercentiles one = SelectedPercentiles.of(values);
            assertEquals(median, one.median(), "n " + n);
            assertEquals(new Percentile().evaluate(values, 99.0), one.percentile(99.0), "n " + n);
            assertEquals(new Percentile().evaluate(values, 1.0), one.percentile(1.0), "n " + n);
            assertEquals(new Percentile().evaluate(values, 75.0), one.percentile(75.0), "n " + n);
        }
    }
}
