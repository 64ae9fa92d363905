package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.datasets.rcaeval.CallGraph;
import io.faultline.datasets.rcaeval.MetricColumn;
import io.faultline.datasets.rcaeval.MetricTable;
import io.faultline.datasets.rcaeval.RcaCaseData;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RcaCase;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class RcaCaseAssemblyTest {

    private static MetricColumn column(String name, double... values) {
        int cut = name.indexOf('_');
        return new MetricColumn(name, name.substring(0, cut), name.substring(cut + 1), values);
    }

    /** Incident rows at 100..103 s; the normal recording was made later, at 500..502 s, as in orders-mem/5. */
    private static RcaCaseData sockShopLike() {
        MetricTable data = new MetricTable(new long[]{100_000, 101_000, 102_000, 103_000},
                List.of(column("carts_cpu", 90, 91, 92, 93), column("carts-db_mem", 5, Double.NaN, 7, 8)));
        MetricTable normal = new MetricTable(new long[]{500_000, 501_000, 502_000},
                List.of(column("carts_cpu", 1, 2, 3), column("user_cpu", 4, 5, 6)));
        return new RcaCaseData("carts-cpu/1", "carts", "cpu", 100_000, data, normal, CallGraph.EMPTY, null);
    }

    @Test
    void theNormalRecordingIsMovedToEndOneStepBeforeTheIncident() {
        RcaCase c = RcaCaseAssembly.of(sockShopLike(), 0);

        assertEquals(100_000, c.onsetMs());
        assertEquals(103_000, c.endMs());
        ComponentSeries carts = c.series().get(0);
        assertEquals("carts", carts.component());
        assertEquals(SignalKind.CPU, carts.signal());
        assertArrayEquals(new long[]{97_000, 98_000, 99_000, 100_000, 101_000, 102_000, 103_000}, carts.samples().timestampsMs());
        assertArrayEquals(new double[]{1, 2, 3, 90, 91, 92, 93}, carts.samples().values());
        assertEquals("carts_cpu", carts.samples().key().label(MetricColumn.COLUMN_LABEL));
    }

    @Test
    void aColumnOfOneRecordingOnlyIsASeriesWithGapsAndMissingCellsAreLeftOut() {
        RcaCase c = RcaCaseAssembly.of(sockShopLike(), 0);

        assertEquals(List.of("carts_cpu", "carts-db_mem", "user_cpu"),
                c.series().stream().map(s -> s.samples().key().label(MetricColumn.COLUMN_LABEL)).toList());
        ComponentSeries db = c.series().get(1);
        assertEquals(SignalKind.MEMORY, db.signal());
        assertArrayEquals(new long[]{100_000, 102_000, 103_000}, db.samples().timestampsMs());
        assertArrayEquals(new long[]{97_000, 98_000, 99_000}, c.series().get(2).samples().timestampsMs());
        assertEquals(List.of("carts", "carts-db", "user"), List.copyOf(c.graph().componentNames()));
    }

    @Test
    void tdeltaGivesTheOnsetLate() {
        RcaCase c = RcaCaseAssembly.of(sockShopLike(), 2000);
        assertEquals(102_000, c.onsetMs());
        assertEquals(103_000, c.endMs());
        assertEquals(106_000, RcaCaseAssembly.of(sockShopLike(), 6000).endMs());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RcaCaseAssembly.of(sockShopLike(), -1));
        assertEquals("tdelta must be >= 0, was -1 ms", e.getMessage());
    }

    @Test
    void withoutANormalRecordingTheDataIsUsedAsItIsAndTheDatasetGraphIsKept() {
        MetricTable data = new MetricTable(new long[]{0, 60_000, 120_000},
                List.of(column("front_latency", 1, 2, 9), column("db_cpu", 1, 1, 5)));
        CallGraph graph = new CallGraph(List.of("front", "db", "cache"), List.of(new CallGraph.Edge("front", "db")));
        RcaCase c = RcaCaseAssembly.of(new RcaCaseData("front_delay/1", "db", "delay", 120_000, data, MetricTable.EMPTY,
                graph, null), 0);

        assertArrayEquals(new long[]{0, 60_000, 120_000}, c.series().get(0).samples().timestampsMs());
        assertEquals(List.of("front", "db", "cache"), List.copyOf(c.graph().componentNames()));
        assertEquals(List.of(new ServiceGraph.Edge("front", "db")), c.graph().edges());
    }

    @Test
    void theStepOfTheDataSetsTheGap() {
        MetricTable data = new MetricTable(new long[]{1_000_000, 1_300_000, 1_600_000}, List.of(column("a_cpu", 1, 2, 3)));
        MetricTable normal = new MetricTable(new long[]{0, 300_000}, List.of(column("a_cpu", 1, 1)));
        assertArrayEquals(new long[]{400_000, 700_000},
                RcaCaseAssembly.shiftedBaselineTimes(data, normal));
    }
}
