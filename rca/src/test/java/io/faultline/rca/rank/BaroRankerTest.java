package io.faultline.rca.rank;

import io.faultline.ingest.SeriesKey;
import io.faultline.rca.Direction;
import io.faultline.rca.FaultKind;
import io.faultline.rca.MetricDeviation;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RcaCase;
import io.faultline.rca.SignalKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BaroRankerTest {
    private final BaroRanker baro = new BaroRanker(BaroParams.DEFAULTS);

    /** Eight normal rows (seconds 0-7), four anomalous ones (8-11). */
    private static RcaCase shop() {
        return new WideCase()
                .column("front-end_cpu", 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 1, 2)
                .column("orders_cpu", 2, 2, 2, 2, 2, 2, 2, 2, 90, 95, 99, 90)
                .column("user_lat_90", 10, 11, 10, 11, 10, 11, 10, 11, 10, 12, 11, 10)
                .column("carts-db_mem", 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 1e6, 2e6, 1e6, 1e6, 4e6, 1e6)
                .column("orders_lat_50", 1, 2, 1, 2, 1, 2, 1, 2, 500, 500, 600, 500)
                .column("user_cpu", 1, 2, 3, 4, 5, 6, 7, 8, 100, 100, 100, 100)
                .column("carts_cpu", 1, 2, 3, 4, 5, 6, 7, 8, 8, 40, 9, 8)
                .at(8);
    }

    private static List<String> columns(List<ScoredMetric> metrics) {
        return metrics.stream().map(ScoredMetric::column).toList();
    }

    @Test
    void ranksMetricsByTheirLargestDistanceFromTheMedianInInterquartileRanges() {
        List<ScoredMetric> metrics = baro.rankMetrics(shop());

        // orders_cpu is constant before the onset, user_cpu after it, orders_lat_50 a dropped latency.
        assertEquals(List.of("carts_cpu", "carts-db_mem", "user_lat_90", "front-end_cpu"), columns(metrics));
        assertEquals((40 - 4.5) / 3.5, metrics.get(0).score());
        // Memory in MB with a zero IQR: (4 - 1) / 1. In bytes it would have been 3e6 and ranked first.
        assertEquals(3.0, metrics.get(1).score());
        assertEquals(1.5, metrics.get(2).score());
        assertEquals((2 - 8.5) / 3.5, metrics.get(3).score());
        assertEquals(new ScoredMetric(SeriesKey.of("cpu", "service", "carts", "column", "carts_cpu"), "carts_cpu", "carts",
                SignalKind.CPU, (40 - 4.5) / 3.5, 4.5, 40, 9000), metrics.get(0));
    }

    @Test
    void componentsTakeThePlaceOfTheirBestMetricWithItAsEvidence() {
        List<RankedCause> causes = baro.rank(shop());

        assertEquals(List.of("carts", "carts-db", "user", "front-end"), causes.stream().map(RankedCause::component).toList());
        RankedCause top = causes.get(0);
        assertEquals((40 - 4.5) / 3.5, top.score());
        assertEquals(FaultKind.CPU, top.faultKind());
        assertEquals(List.of("carts"), top.pathToSymptoms());
        assertEquals(List.of(new MetricDeviation(SeriesKey.of("cpu", "service", "carts", "column", "carts_cpu"), SignalKind.CPU,
                9000, 4.5, 40, (40 - 4.5) / 3.5, Direction.UP)), top.evidence());
        MetricDeviation down = causes.get(3).evidence().get(0);
        assertEquals(Direction.DOWN, down.direction());
        assertEquals(6.5 / 3.5, down.magnitude());
    }

    @Test
    void onlyTheConfiguredRowsEachSideOfTheOnsetCount() {
        RcaCase c = new WideCase()
                .column("a_cpu", 100, 100, 100, 100, 1, 2, 3, 10, 11, 50)
                .column("b_cpu", 5, 5, 5, 5, 5, 6, 5, 6, 5, 5)
                .at(7);
        BaroRanker narrow = new BaroRanker(new BaroParams(
                new RcaEvalPreprocessing(3, 2, List.of(), "_mem", 1e6), 5));

        List<ScoredMetric> metrics = narrow.rankMetrics(c);
        // Normal part 1, 2, 3: median 2, IQR 1; anomalous part 10, 11 (50 is past the window).
        assertEquals(List.of("a_cpu", "b_cpu"), columns(metrics));
        assertEquals(9.0, metrics.get(0).score());
        // With every row the early hundreds make a_cpu's median 100.
        assertEquals(List.of("b_cpu", "a_cpu"), columns(baro.rankMetrics(c)));
    }

    @Test
    void equalScoresKeepTheOrderOfTheCase() {
        double[] same = {1, 2, 3, 4, 9, 8};
        assertEquals(List.of("x_cpu", "y_cpu"), columns(baro.rankMetrics(new WideCase()
                .column("x_cpu", same).column("y_cpu", same).at(4))));
        assertEquals(List.of("y_cpu", "x_cpu"), columns(baro.rankMetrics(new WideCase()
                .column("y_cpu", same).column("x_cpu", same).at(4))));
    }

    @Test
    void nothingToSayWithoutRowsOnBothSidesOfTheOnset() {
        WideCase c = new WideCase().column("a_cpu", 1, 2, 3, 9, 8);
        assertEquals(List.of(), baro.rank(c.at(0)));
        assertEquals(List.of(), baro.rank(c.at(5)));
        assertEquals(List.of("a"), baro.rank(c.at(3)).stream().map(RankedCause::component).toList());
        // One anomalous row is a constant part, which RCAEval drops like any constant column.
        assertEquals(List.of(), baro.rank(c.at(4)));
    }

    @Test
    void aGapIsFilledFromThePreviousRowBeforeScoring() {
        // The NaN at second 5 is read as the 40 before it: a sustained rise, not a single point.
        RcaCase c = new WideCase()
                .column("a_cpu", 1, 2, 3, 4, 40, Double.NaN, 4)
                .column("b_cpu", 1, 2, 3, 4, 30, 30, 4)
                .at(4);
        List<ScoredMetric> metrics = baro.rankMetrics(c);
        assertEquals(List.of("a_cpu", "b_cpu"), columns(metrics));
        assertEquals((40 - 2.5) / 1.5, metrics.get(0).score());
    }
}
