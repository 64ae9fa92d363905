package io.faultline.datasets.rcaeval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Loads the published Sock Shop 1 set (the shared data's rcaeval-sockshop1) when it is present. */
class SockShop1RealDataIT {
    @Test
    void loadsAllFiftyCases() {
        RcaDataset set = new SockShop1Loader().load(SharedData.require("rcaeval-sockshop1"));

        assertEquals(List.of(), set.errors());
        assertEquals(50, set.cases().size());
        assertEquals(Map.of("cpu", 25L, "mem", 25L),
                set.cases().stream().collect(Collectors.groupingBy(RcaCaseData::faultType, Collectors.counting())));
        assertEquals(new TreeMap<>(Map.of("carts", 10L, "catalogue", 10L, "orders", 10L, "payment", 10L, "user", 10L)),
                new TreeMap<>(set.cases().stream().collect(Collectors.groupingBy(RcaCaseData::rootCause, Collectors.counting()))));
        for (RcaCaseData c : set.cases()) {
            assertEquals(38, c.data().columns().size(), c.name());
            assertEquals(c.data().columns().stream().map(MetricColumn::name).toList(),
                    c.baseline().columns().stream().map(MetricColumn::name).toList(), c.name());
            assertEquals(0, c.faultRow(), c.name());
        }
    }

    @Test
    void readsKnownValuesOfTwoCases() {
        RcaDataset set = new SockShop1Loader().load(SharedData.require("rcaeval-sockshop1"));

        RcaCaseData carts = set.cases().get(0);
        assertEquals("carts-cpu/1", carts.name());
        assertEquals(1652812675000L, carts.faultTimeMs());
        assertEquals(282, carts.data().rows());
        assertEquals(292, carts.baseline().rows());
        assertEquals(1652565600000L, carts.baseline().timestampsMs()[0]);
        assertEquals(100.06266460914617, carts.data().column("carts_cpu").orElseThrow().values()[0]);
        assertEquals(342642688.0, carts.baseline().column("carts_mem").orElseThrow().values()[0]);
        assertEquals("carts-db", carts.data().column("carts-db_cpu").orElseThrow().component());
        assertEquals("lat_90", carts.data().column("carts_lat_90").orElseThrow().metric());

        RcaCaseData orders = set.cases().stream().filter(c -> c.name().equals("orders-mem/5")).findFirst().orElseThrow();
        assertEquals(1652846051000L, orders.faultTimeMs());
        assertArrayEquals(new long[] {1652846640000L, 1652846931000L},
                new long[] {orders.baseline().timestampsMs()[0], orders.baseline().timestampsMs()[orders.baseline().rows() - 1]});
    }
}
