package io.faultline.ingest.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Expected names are those of Prometheus' OTLP translator (otlptranslator's normalize_name tests). */
class PrometheusNamesTest {

    @Test
    void metricNamesGetUnitsAndTypeSuffixes() {
        assertEquals("http_server_duration_milliseconds", PrometheusNames.metricName("http.server.duration", "ms", false, false));
        assertEquals("system_io_bytes_total", PrometheusNames.metricName("system.io", "By", true, false));
        assertEquals("process_cpu_time_seconds_total", PrometheusNames.metricName("process.cpu.time", "s", true, false));
        assertEquals("system_cpu_utilization_ratio", PrometheusNames.metricName("system.cpu.utilization", "1", false, true));
        assertEquals("network_transmit_bytes_per_second", PrometheusNames.metricName("network.transmit", "By/s", false, true));
        assertEquals("requests_total", PrometheusNames.metricName("requests", "{request}", true, false));
        assertEquals("queue_size", PrometheusNames.metricName("queue.size", "1", false, false), "_ratio only for gauges");
        assertEquals("disk_usage_percent", PrometheusNames.metricName("disk.usage", "%", false, true));
        assertEquals("speed_furlongs_per_fortnight", PrometheusNames.metricName("speed", "furlongs/fortnight", false, true));
    }

    @Test
    void wordsAppearOnceAndTotalMovesToTheEnd() {
        assertEquals("http_requests_total", PrometheusNames.metricName("http_requests_total", "", true, false));
        assertEquals("requests_seconds_total", PrometheusNames.metricName("requests.total.seconds", "s", true, false));
        assertEquals("latency_seconds", PrometheusNames.metricName("latency_seconds", "s", false, false));
        assertEquals("cpu_ratio", PrometheusNames.metricName("cpu_ratio", "1", false, true));
    }

    @Test
    void forbiddenCharactersSplitWordsAndALeadingDigitGetsAnUnderscore() {
        assertEquals("my_counter", PrometheusNames.metricName("my.counter", "", false, false));
        assertEquals("a_b_c", PrometheusNames.metricName("a..b--c__", "", false, false));
        assertEquals("_2xx_responses", PrometheusNames.metricName("2xx responses", "", false, false));
        assertEquals("caf", PrometheusNames.metricName("café", "", false, false), "only ASCII letters are kept");
        assertEquals("", PrometheusNames.metricName("...", "s", false, false));
    }

    @Test
    void labelNamesAreSanitisedCharacterByCharacter() {
        assertEquals("k8s_pod_name", PrometheusNames.labelName("k8s.pod.name"));
        assertEquals("http_status_code", PrometheusNames.labelName("http.status_code"));
        assertEquals("key_0x", PrometheusNames.labelName("0x"));
        assertEquals("key_private", PrometheusNames.labelName("_private"));
        assertEquals("__reserved", PrometheusNames.labelName("__reserved"));
        assertEquals("a__b", PrometheusNames.labelName("a/.b"));
        assertEquals("", PrometheusNames.labelName(""));
    }
}
