package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.datasets.petshop.PetShopLoader;
import io.faultline.datasets.rcaeval.CallGraph;
import io.faultline.datasets.rcaeval.MetricColumn;
import io.faultline.datasets.rcaeval.MetricTable;
import io.faultline.datasets.rcaeval.RcaCaseData;
import io.faultline.datasets.rcaeval.RcaEvalLoader;
import io.faultline.datasets.rcaeval.SockShop1Loader;
import java.util.List;
import org.junit.jupiter.api.Test;

class RcaDataFormatTest {

    @Test
    void parsesTheCommandLineNames() {
        assertEquals(RcaDataFormat.RCAEVAL, RcaDataFormat.parse("rcaeval"));
        assertEquals(RcaDataFormat.SOCKSHOP1, RcaDataFormat.parse(" SockShop1 "));
        assertEquals(RcaDataFormat.PETSHOP, RcaDataFormat.parse("petshop"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RcaDataFormat.parse("re2"));
        assertEquals("unknown format 're2'; valid formats: rcaeval, sockshop1, petshop", e.getMessage());
    }

    @Test
    void eachFormatHasItsLoaderAndLevel() {
        assertInstanceOf(RcaEvalLoader.class, RcaDataFormat.RCAEVAL.loader());
        assertInstanceOf(SockShop1Loader.class, RcaDataFormat.SOCKSHOP1.loader());
        assertInstanceOf(PetShopLoader.class, RcaDataFormat.PETSHOP.loader());
        assertTrue(RcaDataFormat.RCAEVAL.serviceLevel() && RcaDataFormat.SOCKSHOP1.serviceLevel());
        assertFalse(RcaDataFormat.PETSHOP.serviceLevel());
    }

    @Test
    void petShopGroupsByScenarioAndTargetOthersByFaultType() {
        MetricTable data = new MetricTable(new long[]{0, 1000}, List.of(new MetricColumn("a_cpu", "a", "cpu", new double[]{1, 2})));
        RcaCaseData petshop = new RcaCaseData("low_traffic/test/issue_3", "a", "latency", 1000, data, MetricTable.EMPTY,
                CallGraph.EMPTY, null);
        RcaCaseData sockshop = new RcaCaseData("carts-mem/2", "carts", "mem", 1000, data, MetricTable.EMPTY,
                CallGraph.EMPTY, null);
        assertEquals("low_traffic/latency", RcaDataFormat.PETSHOP.group(petshop));
        assertEquals("mem", RcaDataFormat.SOCKSHOP1.group(sockshop));
    }
}
