package io.faultline.api.promql;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The evaluator over a store held in memory by the test (no I/O). */
class EvaluatorTest {
    private static final SeriesKey A = SeriesKey.of("req_total", "service", "a");
    private static final SeriesKey B = SeriesKey.of("errors_total", "service", "a");

    /** Two counters: A counts 1/s sampled every 10 s from t=10 s to 100 s; B resets at 50 s. */
    private static final MetricStore STORE = new MetricStore() {
        private final Map<SeriesKey, double[]> values = Map.of(
                A, IntStream.rangeClosed(1, 10).mapToDouble(i -> i * 10.0).toArray(),
                B, new double[] {1, 2, 3, 4, 5, 1, 2, 3, 4, 5});

        @Override
        public void append(SampleBatch batch) {
            throw new UnsupportedOperationException();
        }

        @Override
        public SeriesSamples read(SeriesKey key, long fromMs, long toMs) {
            long[] t = IntStream.rangeClosed(1, 10).mapToLong(i -> i * 10_000L).filter(x -> x >= fromMs && x < toMs).toArray();
            double[] v = Arrays.stream(t).mapToDouble(x -> values.get(key)[(int) (x / 10_000) - 1]).toArray();
            return new SeriesSamples(key, t, v);
        }

        @Override
        public List<SeriesKey> listSeries(List<LabelMatcher> matchers) {
            return values.keySet().stream().filter(k -> matchers.stream().allMatch(m -> m.matches(k))).sorted().toList();
        }

        @Override
        public long sampleCount() {
            return 20;
        }

        @Override
        public void close() {
        }
    };

    private static QueryResult eval(String query, long timeMs) {
        return new Evaluator(new QuerySeries(STORE, null)).instant(PromQlParser.parse(query), timeMs);
    }

    private static TreeMap<String, String> labels(String... namesAndValues) {
        TreeMap<String, String> m = new TreeMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void instantSelectorTakesTheLatestSampleWithinFiveMinutes() {
        assertEquals(new QueryResult.Vector(List.of(new QueryResult.Sample(labels("__name__", "req_total", "service", "a"), 55_000, 50))),
                eval("req_total", 55_000));
        assertEquals(new QueryResult.Vector(List.of(new QueryResult.Sample(labels("__name__", "req_total", "service", "a"), 400_000, 100))),
                eval("req_total", 400_000));
        assertEquals(new QueryResult.Vector(List.of()), eval("req_total", 400_001));
        assertEquals(new QueryResult.Vector(List.of()), eval("req_total", 9_999));
    }

    @Test
    void rateOfASteadyCounterIsItsSlopeAndResetsAreAddedBack() {
        // 1/s, window [40 s, 100 s] holds 7 samples from 40 to 100: no extrapolation needed
        assertEquals(new QueryResult.Vector(List.of(new QueryResult.Sample(labels("service", "a"), 100_000, 1))),
                eval("rate(req_total[1m])", 100_000));
        // B over [0 s, 100 s]: 1 -> 5, reset to 1 (the 5 before it is added back), -> 5: 9 over the 90 s
        // sampled; the start edge is 10 s away, within 1.1 average intervals, and the counter's zero point
        // is no closer, so it extrapolates by those 10 s
        QueryResult.Vector v = (QueryResult.Vector) eval("increase(errors_total[100s])", 100_000);
        assertEquals(9 * (100 / 90.0), v.samples().get(0).value(), 0.0);
        // A on [5 s, 100 s]: 90 over 90 s sampled, the start edge 5 s away (closer than the counter's zero
        // point at 0 s), the end edge at the last sample
        QueryResult.Vector a = (QueryResult.Vector) eval("increase(req_total[95s])", 100_000);
        assertEquals(90 * ((90 + 5) / 90.0), a.samples().get(0).value(), 0.0);
    }

    @Test
    void rangeQueryEvaluatesEachStep() {
        QueryResult.Matrix m = new Evaluator(new QuerySeries(STORE, null))
                .range(PromQlParser.parse("req_total"), 0, 40_000, 20_000);
        assertEquals(1, m.series().size());
        assertArrayEquals(new long[] {20_000, 40_000}, m.series().get(0).timestampsMs());
        assertArrayEquals(new double[] {20, 40}, m.series().get(0).values());
    }

    @Test
    void rateDropsTheNameSoTwoMetricsOfOneServiceCollide() {
        assertEquals("vector cannot contain metrics with the same labelset",
                assertThrows(PromQlException.class, () -> eval("rate({__name__=~\".+_total\"}[1m])", 100_000)).getMessage());
    }
}
