package io.faultline.datasets.rcaeval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricTableTest {
    private static final MetricColumn LATENCY = new MetricColumn("front-end_lat_90", "front-end", "lat_90",
            new double[] {0.1, Double.NaN, 0.3});
    private static final MetricTable TABLE = new MetricTable(new long[] {1000, 2000, 3000}, List.of(LATENCY));

    @Test
    void findsTheFirstRowAtOrAfterATime() {
        assertEquals(0, TABLE.firstRowAtOrAfter(500));
        assertEquals(1, TABLE.firstRowAtOrAfter(2000));
        assertEquals(2, TABLE.firstRowAtOrAfter(2001));
        assertEquals(3, TABLE.firstRowAtOrAfter(3001));
    }

    @Test
    void convertsAColumnToASeriesWithoutItsEmptyCells() {
        SeriesSamples samples = TABLE.samples(LATENCY);

        assertEquals(SeriesKey.of("lat_90", "column", "front-end_lat_90", "service", "front-end"), samples.key());
        assertArrayEquals(new long[] {1000, 3000}, samples.timestampsMs());
        assertArrayEquals(new double[] {0.1, 0.3}, samples.values());
        assertEquals(2, TABLE.toSampleBatch().sampleCount());
    }

    @Test
    void makesAnyMetricAValidPrometheusName() {
        assertEquals("latency_90", MetricColumn.prometheusName("latency-90"));
        assertEquals("_90th", MetricColumn.prometheusName("90th"));
        assertEquals("value", MetricColumn.prometheusName(""));
    }

    @Test
    void rejectsTablesThatAreNotOneTimeAxis() {
        assertEquals("time must increase strictly, row 1 has 1000 after 1000", assertThrows(IllegalArgumentException.class,
                () -> new MetricTable(new long[] {1000, 1000}, List.of())).getMessage());
        assertEquals("column 'front-end_lat_90' has 3 values for 2 rows", assertThrows(IllegalArgumentException.class,
                () -> new MetricTable(new long[] {1, 2}, List.of(LATENCY))).getMessage());
        assertEquals("column 'front-end_lat_90' appears twice", assertThrows(IllegalArgumentException.class,
                () -> new MetricTable(new long[] {1, 2, 3}, List.of(LATENCY, LATENCY))).getMessage());
    }

    @Test
    void aCaseNeedsDataReachingItsFaultTimeAndAnSliItHas() {
        assertEquals("case c: fault time 3001 is after the last row (3000)", assertThrows(IllegalArgumentException.class,
                () -> new RcaCaseData("c", "carts", "cpu", 3001, TABLE, MetricTable.EMPTY, CallGraph.EMPTY, null)).getMessage());
        assertEquals("case c: SLI column 'x' is not in the data", assertThrows(IllegalArgumentException.class,
                () -> new RcaCaseData("c", "carts", "cpu", 3000, TABLE, MetricTable.EMPTY, CallGraph.EMPTY, "x")).getMessage());
        assertEquals("case c has no data rows", assertThrows(IllegalArgumentException.class,
                () -> new RcaCaseData("c", "carts", "cpu", 0, MetricTable.EMPTY, MetricTable.EMPTY, CallGraph.EMPTY, null)).getMessage());
    }

    @Test
    void aGraphsEdgesNameItsComponents() {
        assertEquals("edge a -> b names unknown component 'b'", assertThrows(IllegalArgumentException.class,
                () -> new CallGraph(List.of("a"), List.of(new CallGraph.Edge("a", "b")))).getMessage());
        assertEquals("component 'a' is listed twice", assertThrows(IllegalArgumentException.class,
                () -> new CallGraph(List.of("a", "a"), List.of())).getMessage());
    }
}
