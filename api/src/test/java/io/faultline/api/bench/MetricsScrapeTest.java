package io.faultline.api.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsScrapeTest {
    private static final MetricsScrape SCRAPE = new MetricsScrape("""
            # HELP jvm_memory_used_bytes Used bytes of a given JVM memory area.
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{area="heap"} 1.2351568E7
            jvm_memory_used_bytes{area="nonheap"} 5.0E7
            prometheus_tsdb_head_series_created_total 12
            prometheus_tsdb_head_series 2000
            process_cpu_seconds_total 3.5 1700000000000
            """);

    @Test
    void readsTheFirstLineOfANameWithTheLabelFragment() {
        assertEquals(1.2351568E7, SCRAPE.valueOrNaN("jvm_memory_used_bytes", "area=\"heap\""));
        assertEquals(5.0E7, SCRAPE.valueOrNaN("jvm_memory_used_bytes", "nonheap"));
        assertEquals(2000, SCRAPE.valueOrNaN("prometheus_tsdb_head_series", ""), "not the longer name before it");
        assertEquals(3.5, SCRAPE.valueOrNaN("process_cpu_seconds_total", ""), "a timestamp after the value is ignored");
        assertTrue(SCRAPE.value("go_goroutines", "").isEmpty());
    }
}
