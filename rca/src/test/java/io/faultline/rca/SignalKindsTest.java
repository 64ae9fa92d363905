package io.faultline.rca;

import io.faultline.ingest.SeriesKey;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SignalKindsTest {

    @Test
    void simulatorMetricsMapToTheirKinds() {
        assertEquals(SignalKind.CPU, SignalKinds.of("cpu_usage_ratio"));
        assertEquals(SignalKind.MEMORY, SignalKinds.of("memory_usage_bytes"));
        assertEquals(SignalKind.LATENCY, SignalKinds.of("request_latency_ms"));
        assertEquals(SignalKind.ERRORS, SignalKinds.of("error_ratio"));
        assertEquals(SignalKind.TRAFFIC, SignalKinds.of("request_rate"));
        assertEquals(SignalKind.NETWORK, SignalKinds.of("network_retransmits_per_second"));
    }

    @Test
    void commonExporterNamesMapByPattern() {
        assertEquals(SignalKind.CPU, SignalKinds.of("container_cpu_usage_seconds_total"));
        assertEquals(SignalKind.MEMORY, SignalKinds.of("jvm_memory_used_bytes"));
        assertEquals(SignalKind.LATENCY, SignalKinds.of("http_server_request_duration_seconds"));
        assertEquals(SignalKind.ERRORS, SignalKinds.of("http_requests_failed_total"));
        assertEquals(SignalKind.TRAFFIC, SignalKinds.of("http_requests_total"));
        assertEquals(SignalKind.TRAFFIC, SignalKinds.of("ingress_qps"));
        assertEquals(SignalKind.TRAFFIC, SignalKinds.of("kafka_throughput"));
        assertEquals(SignalKind.DISK, SignalKinds.of("node_disk_io_time_seconds_total"));
        assertEquals(SignalKind.NETWORK, SignalKinds.of("node_netstat_Tcp_RetransSegs"));
        assertEquals(SignalKind.NETWORK, SignalKinds.of("packet_loss_ratio"));
        assertEquals(SignalKind.OTHER, SignalKinds.of("up"));
    }

    @Test
    void benchmarkAbbreviationsMapOnlyAsWholeWords() {
        assertEquals(SignalKind.LATENCY, SignalKinds.of("lat_90"));
        assertEquals(SignalKind.LATENCY, SignalKinds.of("carts_lat_50"));
        assertEquals(SignalKind.TRAFFIC, SignalKinds.of("lod"));
        assertEquals(SignalKind.OTHER, SignalKinds.of("translation_ratio"));
        assertEquals(SignalKind.OTHER, SignalKinds.of("plateau"));
    }

    @Test
    void availabilityIsErrorsReadTheOtherWayRound() {
        assertEquals(SignalKind.ERRORS, SignalKinds.of("availability_Average"));
        assertEquals(SignalKind.ERRORS, SignalKinds.of("grpc_success_ratio"));
        assertTrue(SignalKinds.higherIsBetter("availability_Average"));
        assertFalse(SignalKinds.higherIsBetter("error_ratio"));
        assertFalse(SignalKinds.higherIsBetter("latency_p90"));
    }

    @Test
    void matchingIgnoresCaseAndUsesTheMetricNameOfASeries() {
        assertEquals(SignalKind.CPU, SignalKinds.of("Process_CPU_Seconds"));
        assertEquals(SignalKind.LATENCY, SignalKinds.of(SeriesKey.of("request_latency_ms", "service", "cpu-heavy")));
        assertThrows(IllegalArgumentException.class, () -> SignalKinds.of((String) null));
    }
}
