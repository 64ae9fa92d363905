package io.faultline.rca.rank;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.Direction;
import io.faultline.rca.SignalKinds;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.function.IntToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviationMeasureTest {
    /** 240 baseline points then 40 window points, 15 s apart, like an hour of warm-up and ten minutes of fault. */
    private static final int BASELINE = 240;
    private static final int TOTAL = 280;
    private static final long STEP = 15_000;
    private static final long ONSET = BASELINE * STEP;
    private static final long END = (TOTAL - 1) * STEP;

    private final DeviationMeasure measure = new DeviationMeasure(BaselineDeviationParams.DEFAULTS);

    private static ComponentSeries series(String metric, IntToDoubleFunction value) {
        long[] t = new long[TOTAL];
        double[] v = new double[TOTAL];
        for (int i = 0; i < TOTAL; i++) {
            t[i] = i * STEP;
            v[i] = value.applyAsDouble(i);
        }
        SeriesKey key = SeriesKey.of(metric, "service", "cart");
        return new ComponentSeries("cart", SignalKinds.of(key), new SeriesSamples(key, t, v));
    }

    private SeriesDeviation measure(ComponentSeries s) {
        return measure.measure(s, ONSET, END).orElseThrow();
    }

    @Test
    void sparseCountsThatStaySparseAreNotADeviation() {
        Random random = new Random(11);
        // about one request in 180 fails every third tick: a mostly-zero error ratio
        SeriesDeviation quiet = measure(series("error_ratio", i -> random.nextDouble() < 0.3 ? 1 / 180.0 : 0));
        assertFalse(quiet.significant(), "z " + quiet.magnitude());
    }

    @Test
    void smoothingASparseBaselineFlatDoesNotMakeItsNoiseHuge() {
        Random random = new Random(14);
        // one failure in 180 on 10 % of ticks, then on 35 %: the long median goes from always 0 to
        // sometimes 1/180, which is a small move, not a z of a million
        SeriesDeviation d = measure(series("error_ratio",
                i -> random.nextDouble() < (i >= BASELINE ? 0.35 : 0.1) ? 1 / 180.0 : 0));
        assertTrue(d.magnitude() < 20, "z " + d.magnitude());
    }

    @Test
    void aBurstOnASparseSeriesIsOne() {
        Random random = new Random(12);
        SeriesDeviation burst = measure(series("error_ratio",
                i -> (i >= BASELINE ? 0.12 : 0) + (random.nextDouble() < 0.3 ? 1 / 180.0 : 0)));
        assertTrue(burst.significant());
        assertEquals(Direction.UP, burst.deviation().direction());
        assertEquals(ONSET, burst.onsetMs());
    }

    @Test
    void theLongScaleSeesALeakThroughAGcSawtooth() {
        Random random = new Random(13);
        IntToDoubleFunction leaky = i -> 1e9 * (0.45 + 0.08 * (i % 8) / 8.0 + 0.002 * random.nextGaussian()
                + (i >= BASELINE ? 0.00375 * (i - BASELINE + 1) : 0));
        SeriesDeviation withLong = measure(series("memory_usage_bytes", leaky));
        BaselineDeviationParams d = BaselineDeviationParams.DEFAULTS;
        BaselineDeviationParams shortOnly = new BaselineDeviationParams(d.minBaselinePoints(), d.baselineGuardMs(), d.baselineGuardShare(), d.smoothing(),
                d.smoothing(), d.tailQuantile(), d.thresholdZ(), d.maxZ(), d.minRelativeScale(), d.minAbsoluteScale(),
                d.secondaryShare(), d.downWeight(), d.trafficWeight(), d.otherWeight(), d.nonFaultFactor(), d.onsetToleranceMs(),
                d.demoteFactor(), d.promoteWeight(), d.entryPathBonus(), d.entryChainWeight(), d.firstOnsetBonus(), d.maxEvidence(), d.classifier(),
                d.calleeRegressors(), d.minCalleeCorrelation(), d.minExplained(), d.errorsNeedCalleeErrors());
        Random again = new Random(13);
        IntToDoubleFunction same = i -> 1e9 * (0.45 + 0.08 * (i % 8) / 8.0 + 0.002 * again.nextGaussian()
                + (i >= BASELINE ? 0.00375 * (i - BASELINE + 1) : 0));
        SeriesDeviation withoutLong = new DeviationMeasure(shortOnly)
                .measure(series("memory_usage_bytes", same), ONSET, END).orElseThrow();
        assertTrue(withLong.significant());
        assertTrue(withLong.magnitude() > 2 * withoutLong.magnitude(),
                withLong.magnitude() + " vs " + withoutLong.magnitude());
        assertTrue(withLong.onsetMs() < withoutLong.onsetMs() || !withoutLong.significant());
    }

    @Test
    void theGuardKeepsTheStartOfALateDetectedFaultOutOfTheBaseline() {
        // latency climbing from five minutes (20 points) before the onset the ranker is given
        IntToDoubleFunction creeping = i -> 50 + 2 * Math.sin(i * 1.7) + (i >= BASELINE - 20 ? 2.0 * (i - BASELINE + 21) : 0);
        SeriesDeviation guarded = measure(series("request_latency_ms", creeping));
        BaselineDeviationParams d = BaselineDeviationParams.DEFAULTS;
        BaselineDeviationParams unguarded = new BaselineDeviationParams(d.minBaselinePoints(), 0, d.baselineGuardShare(), d.smoothing(),
                d.longSmoothing(), d.tailQuantile(), d.thresholdZ(), d.maxZ(), d.minRelativeScale(), d.minAbsoluteScale(),
                d.secondaryShare(), d.downWeight(), d.trafficWeight(), d.otherWeight(), d.nonFaultFactor(), d.onsetToleranceMs(),
                d.demoteFactor(), d.promoteWeight(), d.entryPathBonus(), d.entryChainWeight(), d.firstOnsetBonus(), d.maxEvidence(), d.classifier(),
                d.calleeRegressors(), d.minCalleeCorrelation(), d.minExplained(), d.errorsNeedCalleeErrors());
        SeriesDeviation naive = new DeviationMeasure(unguarded)
                .measure(series("request_latency_ms", creeping), ONSET, END).orElseThrow();
        assertEquals(50.0, guarded.deviation().baseline(), 0.5);
        assertTrue(guarded.magnitude() > 3 * naive.magnitude(), guarded.magnitude() + " vs " + naive.magnitude());
        assertEquals(ONSET, guarded.onsetMs());
    }

    @Test
    void aShortBaselineLosesTheStretchALateOnsetLeftInIt() {
        // five minutes of baseline at 1 s, the CPU hog from 50 s before the (late) onset: the 600 s
        // guard cannot apply; of the last 30, 60, 90 and 120 s (0.4 of the span in quarters) the
        // first three have a faulty median, the fourth (42 % fault) not, so the last 90 s go
        long[] t = new long[400];
        double[] v = new double[400];
        Random random = new Random(15);
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 1000L;
            v[i] = (i >= 250 ? 0.9 : 0.3) + 0.01 * random.nextGaussian();
        }
        SeriesKey key = SeriesKey.of("cpu_usage_ratio", "service", "cart");
        ComponentSeries s = new ComponentSeries("cart", SignalKinds.of(key), new SeriesSamples(key, t, v));
        SeriesDeviation guarded = measure.measure(s, 300_000, 399_000).orElseThrow();
        BaselineDeviationParams d = BaselineDeviationParams.DEFAULTS;
        BaselineDeviationParams fixedGuard = new BaselineDeviationParams(d.minBaselinePoints(), d.baselineGuardMs(), 0,
                d.smoothing(), d.longSmoothing(), d.tailQuantile(), d.thresholdZ(), d.maxZ(), d.minRelativeScale(),
                d.minAbsoluteScale(), d.secondaryShare(), d.downWeight(), d.trafficWeight(), d.otherWeight(), d.nonFaultFactor(),
                d.onsetToleranceMs(), d.demoteFactor(), d.promoteWeight(), d.entryPathBonus(), d.entryChainWeight(), d.firstOnsetBonus(), d.maxEvidence(),
                d.classifier(), d.calleeRegressors(), d.minCalleeCorrelation(), d.minExplained(), d.errorsNeedCalleeErrors());
        SeriesDeviation contaminated = new DeviationMeasure(fixedGuard).measure(s, 300_000, 399_000).orElseThrow();
        assertTrue(guarded.significant());
        assertEquals(0.3, guarded.deviation().baseline(), 0.01);
        assertTrue(guarded.magnitude() > 20, "z " + guarded.magnitude());
        assertFalse(contaminated.significant(), "z " + contaminated.magnitude());
    }

    @Test
    void tooLittleBaselineOrNoWindowIsNoMeasure() {
        ComponentSeries s = series("cpu_usage_ratio", i -> 0.3);
        assertTrue(measure.measure(s, 9 * STEP, END).isEmpty());
        assertTrue(measure.measure(s, END + 1, END + 2).isEmpty());
        assertTrue(measure.measure(s, 10 * STEP, END).isPresent()); // the guard yields rather than starve
        assertTrue(measure.measure(s, 10 * STEP + 600_000, END).isPresent());
    }

    @Test
    void aConstantBaselineUsesTheRelativeFloor() {
        SeriesDeviation d = measure(series("cpu_usage_ratio", i -> i >= BASELINE ? 0.33 : 0.3));
        // scale = 0.2 % of 0.3: a rise of 0.03 is z 50
        assertEquals(50.0, d.magnitude(), 1e-9);
        assertEquals(0.3, d.deviation().baseline(), 1e-12);
        assertEquals(0.33, d.deviation().peak(), 1e-12);
    }
}
