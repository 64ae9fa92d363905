package io.faultline.rca.rank;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RcaCase;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseFrameTest {

    @Test
    void rowsAreEveryTimestampUpToTheEndAndGapsAreForwardFilledThenZero() {
        RcaCase c = new WideCase()
                .column("a_cpu", new long[]{0, 2000, 3000}, new double[]{1, Double.NaN, 3})
                .column("b_mem", new long[]{1000, 3000, 9000}, new double[]{5, Double.POSITIVE_INFINITY, 7})
                .at(2);
        CaseFrame frame = CaseFrame.of(new RcaCase(c.graph(), c.series(), c.onsetMs(), 3000));

        assertEquals(4, frame.rows());
        assertEquals(List.of(0L, 1000L, 2000L, 3000L), List.of(frame.time(0), frame.time(1), frame.time(2), frame.time(3)));
        assertArrayEquals(new double[]{1, 1, 1, 3}, frame.slice(0, 0, 4));
        assertArrayEquals(new double[]{0, 5, 5, 5}, frame.slice(1, 0, 4));
        assertEquals(2, frame.firstRowAtOrAfter(2000));
        assertEquals(2, frame.firstRowAtOrAfter(1500));
        assertEquals(4, frame.firstRowAtOrAfter(5000));
    }

    @Test
    void columnNamesComeFromTheColumnLabelElseComponentAndMetric() {
        ComponentSeries labelled = new WideCase().column("carts-db_mem", 1, 2).at(1).series().get(0);
        ComponentSeries live = new ComponentSeries("orders", SignalKind.CPU,
                new SeriesSamples(SeriesKey.of("cpu_usage_ratio", "service", "orders"), new long[]{0}, new double[]{1}));
        assertEquals("carts-db_mem", CaseFrame.columnName(labelled));
        assertEquals("orders_cpu_usage_ratio", CaseFrame.columnName(live));
    }

    @Test
    void seriesWithoutAComponentAreLeftOut() {
        ComponentSeries orphan = new ComponentSeries(null, SignalKind.OTHER,
                new SeriesSamples(SeriesKey.of("x"), new long[]{0, 1000}, new double[]{1, 2}));
        RcaCase c = new WideCase().column("a_cpu", 1, 2).at(1);
        CaseFrame frame = CaseFrame.of(new RcaCase(ServiceGraph.ofComponents(List.of("a")),
                List.of(orphan, c.series().get(0)), 1000, 1000));
        assertEquals(1, frame.columnCount());
        assertEquals("a_cpu", frame.name(0));
    }
}
