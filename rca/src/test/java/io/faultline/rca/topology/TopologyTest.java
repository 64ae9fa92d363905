package io.faultline.rca.topology;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopologyTest {
    private final Topology topology = new Topology(ServiceGraph.ofComponents(List.of("cart")), List.of("service", "job"));

    @Test
    void firstPresentLabelNamesTheComponent() {
        assertEquals("cart", topology.componentOf(SeriesKey.of("cpu_usage_ratio", "service", "cart", "job", "x")));
        assertEquals("x", topology.componentOf(SeriesKey.of("cpu_usage_ratio", "job", "x")));
        assertNull(topology.componentOf(SeriesKey.of("cpu_usage_ratio", "instance", "a:9090")));
    }

    @Test
    void componentsOutsideTheGraphKeepTheirName() {
        assertEquals("payments", topology.componentOf(SeriesKey.of("up", "service", "payments")));
        assertFalse(topology.declares("payments"));
        assertTrue(topology.declares("cart"));
    }

    @Test
    void samplesBecomeRankerInputWithComponentAndSignal() {
        SeriesKey key = SeriesKey.of("request_latency_ms", "job", "cart");
        SeriesSamples samples = new SeriesSamples(key, new long[]{1}, new double[]{2});
        assertEquals(new ComponentSeries("cart", SignalKind.LATENCY, samples), topology.componentSeries(samples));
    }

    @Test
    void labelsAreValidated() {
        ServiceGraph g = ServiceGraph.ofComponents(List.of("a"));
        assertEquals("componentLabels must name at least one label",
                assertThrows(IllegalArgumentException.class, () -> new Topology(g, List.of())).getMessage());
        assertEquals("componentLabels[1] is blank",
                assertThrows(IllegalArgumentException.class, () -> new Topology(g, List.of("service", " "))).getMessage());
        assertEquals(List.of("service"), Topology.of(g).componentLabels());
    }
}
