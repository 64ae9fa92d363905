package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.rca.FaultKind;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RcaCase;
import io.faultline.rca.RootCauseRanker;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The benchmark's arithmetic, with a clock that makes the i-th timed case take i ms. */
class RcaSpeedBenchmarkTest {

    /** Names svc0 first for every case: right only when svc0 is the culprit. */
    private static final RootCauseRanker FIRST = new RootCauseRanker() {
        @Override
        public String name() {
            return "first";
        }

        @Override
        public List<RankedCause> rank(RcaCase c) {
            return List.of(new RankedCause("svc0", 1.0, FaultKind.CPU, List.of(), List.of()));
        }
    };

    @Test
    void reportsNearestRankMedianAndP99OfTheTimedCasesOnly() {
        AtomicLong now = new AtomicLong();
        AtomicLong calls = new AtomicLong();
        // every second reading ends a timing; the k-th timing lasts k ms
        RcaSpeedBenchmark bench = new RcaSpeedBenchmark(FIRST, new SyntheticRcaCases(3, 2, 5, 2, 1000),
                () -> calls.getAndIncrement() % 2 == 0 ? now.get() : now.addAndGet((calls.get() / 2) * 1_000_000));
        RcaSpeedBenchmark.Summary s = bench.run(100, 3, 1);
        assertEquals(100, s.cases());
        assertEquals(3, s.warmupCases());
        assertEquals(6, s.seriesPerCase());
        assertEquals(7, s.pointsPerSeries());
        assertEquals(50.0, s.medianMs());
        assertEquals(99.0, s.p99Ms());
        assertEquals(50.5, s.meanMs(), 1e-9);
        assertEquals(100.0, s.maxMs());
        SyntheticRcaCases cases = new SyntheticRcaCases(3, 2, 5, 2, 1000);
        long culpritFirst = java.util.stream.LongStream.range(4, 104).filter(seed -> cases.generate(seed).culprit().equals("svc0")).count();
        assertEquals(culpritFirst / 100.0, s.ac1());
    }

    @Test
    void quantileIsTheSmallestValueWithTheShareAtOrBelowIt() {
        double[] sorted = {1, 2, 3, 4};
        assertEquals(2.0, RcaSpeedBenchmark.quantile(sorted, 0.5));
        assertEquals(4.0, RcaSpeedBenchmark.quantile(sorted, 0.99));
        assertEquals(1.0, RcaSpeedBenchmark.quantile(sorted, 0.0));
    }

    @Test
    void refusesNoTimedCase() {
        RcaSpeedBenchmark bench = new RcaSpeedBenchmark(FIRST, new SyntheticRcaCases(3, 2, 5, 2, 1000), System::nanoTime);
        assertEquals("cases must be >= 1 and warm-up cases >= 0, were 0 and 0",
                assertThrows(IllegalArgumentException.class, () -> bench.run(0, 0, 1)).getMessage());
    }
}
