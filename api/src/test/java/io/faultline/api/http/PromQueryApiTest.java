package io.faultline.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.api.TestServer;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Prometheus query API on a real server (port 0), answer by answer. The golden bodies of the
 * query, query_range, series, label values and error cases were captured from Prometheus 2.42 serving
 * the same samples (written with {@code promtool tsdb create-blocks-from openmetrics}); Faultline must
 * answer byte for byte the same.
 */
class PromQueryApiTest {
    static final long T0 = 1_700_000_000_000L;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.inMemory("");
        HttpResponse<String> r = server.post("/api/v1/ingest", "application/json", ingestBody());
        assertEquals(200, r.statusCode(), r.body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * {@code req_total{service="cart"}} counts 10 per 15 s, resets after 150 s and counts 5 per 15 s;
     * {@code cpu_usage_ratio{service="cart",zone="a"}} is 0.1 x i (with its float noise) every 15 s for
     * 300 s; {@code cpu_usage_ratio{service="orders",zone="b"}} has two samples, at 0 and 60 s.
     */
    static String ingestBody() {
        List<String> req = new ArrayList<>();
        List<String> cpu = new ArrayList<>();
        for (int i = 0; i <= 20; i++) {
            long t = T0 + 15_000L * i;
            req.add("[" + t + "," + (i <= 10 ? i * 10 : (i - 10) * 5) + "]");
            cpu.add("[" + t + "," + (0.1 * i) + "]");
        }
        return "{\"series\":["
                + "{\"metric\":\"req_total\",\"labels\":{\"service\":\"cart\"},\"samples\":[" + String.join(",", req) + "]},"
                + "{\"metric\":\"cpu_usage_ratio\",\"labels\":{\"service\":\"cart\",\"zone\":\"a\"},\"samples\":[" + String.join(",", cpu) + "]},"
                + "{\"metric\":\"cpu_usage_ratio\",\"labels\":{\"service\":\"orders\",\"zone\":\"b\"},\"samples\":[["
                + T0 + ",0.25],[" + (T0 + 60_000) + ",0.25]]}]}";
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void assertAnswer(int status, String expected, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/json", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals(expected, r.body());
    }

    private static void assertOk(String expected, String path) {
        assertAnswer(200, expected, server.get(path));
    }

    @Test
    void instantQueryWithFiveMinuteLookback() {
        assertOk("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + "{\"metric\":{\"__name__\":\"cpu_usage_ratio\",\"service\":\"cart\",\"zone\":\"a\"},\"value\":[1700000100,\"0.6000000000000001\"]},"
                + "{\"metric\":{\"__name__\":\"cpu_usage_ratio\",\"service\":\"orders\",\"zone\":\"b\"},\"value\":[1700000100,\"0.25\"]}]}}",
                "/api/v1/query?query=cpu_usage_ratio&time=1700000100");
        // the orders sample at 60 s is still seen at exactly 360 s, not 1 ms later
        assertOk("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + "{\"metric\":{\"__name__\":\"cpu_usage_ratio\",\"service\":\"orders\",\"zone\":\"b\"},\"value\":[1700000360,\"0.25\"]}]}}",
                "/api/v1/query?query=" + q("cpu_usage_ratio{zone!=\"a\"}") + "&time=1700000360");
        assertOk("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}",
                "/api/v1/query?query=" + q("cpu_usage_ratio{zone!=\"a\"}") + "&time=1700000360.001");
        assertOk("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + "{\"metric\":{\"__name__\":\"cpu_usage_ratio\",\"service\":\"cart\",\"zone\":\"a\"},\"value\":[1700000060.500,\"0.4\"]},"
                + "{\"metric\":{\"__name__\":\"cpu_usage_ratio\",\"service\":\"orders\",\"zone\":\"b\"},\"value\":[1700000060.500,\"0.25\"]}]}}",
                "/api/v1/query?query=" + q("{__name__=~\"cpu.*\",service=~\"cart|orders\"}") + "&time=2023-11-14T22:14:20.5Z");
    }

    @Test
    void rateAndIncreaseExtrapolateAsPrometheus() {
        assertOk("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + "{\"metric\":{\"service\":\"cart\"},\"value\":[1700000157,\"0.6666666666666666\"]}]}}",
                "/api/v1/query?query=" + q("rate(req_total[1m])") + "&time=1700000157");
        assertOk("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + "{\"metric\":{\"service\":\"cart\"},\"value\":[1700000170,\"74.28571428571428\"]}]}}",
                "/api/v1/query?query=" + q("increase(req_total[2m])") + "&time=1700000170");
        assertOk("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + "{\"metric\":{\"service\":\"cart\"},\"value\":[1700000310,\"0.49122807017543857\"]}]}}",
                "/api/v1/query?query=" + q("rate(req_total[5m])") + "&time=1700000310");
    }

    @Test
    void rangeQueriesStepByStep() {
        assertOk("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"service\":\"cart\"},\"values\":["
                + "[1700000030,\"20\"],[1700000060,\"40\"],[1700000090,\"60\"],[1700000120,\"80\"],[1700000150,\"80\"],"
                + "[1700000180,\"70\"],[1700000210,\"60\"],[1700000240,\"50\"],[1700000270,\"40\"],[1700000300,\"40\"],"
                + "[1700000330,\"32.5\"],[1700000360,\"22.5\"],[1700000390,\"12.5\"]]}]}}",
                "/api/v1/query_range?query=" + q("increase(req_total[2m])") + "&start=1700000000&end=1700000400&step=30");
        assertOk("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
                + "{\"metric\":{\"__name__\":\"cpu_usage_ratio\",\"service\":\"cart\",\"zone\":\"a\"},\"values\":["
                + "[1700000050,\"0.30000000000000004\"],[1700000110,\"0.7000000000000001\"],[1700000170,\"1.1\"],[1700000230,\"1.5\"],"
                + "[1700000290,\"1.9000000000000001\"],[1700000350,\"2\"],[1700000410,\"2\"],[1700000470,\"2\"],[1700000530,\"2\"],[1700000590,\"2\"]]},"
                + "{\"metric\":{\"__name__\":\"cpu_usage_ratio\",\"service\":\"orders\",\"zone\":\"b\"},\"values\":["
                + "[1700000050,\"0.25\"],[1700000110,\"0.25\"],[1700000170,\"0.25\"],[1700000230,\"0.25\"],[1700000290,\"0.25\"],[1700000350,\"0.25\"]]}]}}",
                "/api/v1/query_range?query=cpu_usage_ratio&start=1699999990&end=1700000700&step=1m");
        assertOk("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{},\"values\":["
                + "[1700000000,\"1.5\"],[1700000030,\"1.5\"],[1700000060,\"1.5\"]]}]}}",
                "/api/v1/query_range?query=1.5&start=1700000000&end=1700000060&step=30");
    }

    @Test
    void formEncodedPostAsPromtoolAndGrafanaSend() {
        assertAnswer(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":["
                + "{\"metric\":{\"__name__\":\"cpu_usage_ratio\",\"service\":\"cart\",\"zone\":\"a\"},\"values\":["
                + "[1700000000,\"0\"],[1700000020,\"0.1\"],[1700000040,\"0.2\"],[1700000060,\"0.4\"],[1700000080,\"0.5\"],"
                + "[1700000100,\"0.6000000000000001\"],[1700000120,\"0.8\"]]}]}}",
                server.post("/api/v1/query_range", "application/x-www-form-urlencoded",
                        "query=" + q("cpu_usage_ratio{service=~\"c.*\"}") + "&start=1700000000&end=1700000120&step=20"));
        assertAnswer(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1700000000,\"1.5\"]}}",
                server.post("/api/v1/query", "application/x-www-form-urlencoded", "query=1.5&time=1700000000"));
        // Grafana's data source health check
        assertAnswer(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1700000000,\"2\"]}}",
                server.post("/api/v1/query", "application/x-www-form-urlencoded", "query=" + q("1+1") + "&time=1700000000"));
    }

    @Test
    void instantRangeSelectorIsAMatrix() {
        assertOk("{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{\"metric\":{\"__name__\":\"req_total\",\"service\":\"cart\"},"
                + "\"values\":[[1700000000,\"0\"],[1700000015,\"10\"],[1700000030,\"20\"],[1700000045,\"30\"],[1700000060,\"40\"]]}]}}",
                "/api/v1/query?query=" + q("req_total[1m]") + "&time=1700000060");
    }

    @Test
    void seriesLabelsAndLabelValues() {
        assertOk("{\"status\":\"success\",\"data\":[{\"__name__\":\"cpu_usage_ratio\",\"service\":\"orders\",\"zone\":\"b\"},"
                + "{\"__name__\":\"req_total\",\"service\":\"cart\"}]}",
                "/api/v1/series?match%5B%5D=req_total&match%5B%5D=" + q("{zone=\"b\"}"));
        assertOk("{\"status\":\"success\",\"data\":[{\"__name__\":\"cpu_usage_ratio\",\"service\":\"cart\",\"zone\":\"a\"}]}",
                "/api/v1/series?match=" + q("cpu_usage_ratio{zone=\"a\"}")); // Faultline's earlier parameter name
        // with start and end, only series with a sample in [start, end]: orders has none from 30 s to 59 s
        assertOk("{\"status\":\"success\",\"data\":[{\"__name__\":\"cpu_usage_ratio\",\"service\":\"cart\",\"zone\":\"a\"}]}",
                "/api/v1/series?match%5B%5D=cpu_usage_ratio&start=1700000030&end=1700000059");
        assertOk("{\"status\":\"success\",\"data\":[\"a\",\"b\"]}", "/api/v1/label/zone/values");
        assertOk("{\"status\":\"success\",\"data\":[\"__name__\",\"service\",\"zone\"]}",
                "/api/v1/labels?match%5B%5D=cpu_usage_ratio");
        assertOk("{\"status\":\"success\",\"data\":[\"__name__\",\"faultline_metric\",\"service\",\"zone\"]}", "/api/v1/labels");
        assertOk("{\"status\":\"success\",\"data\":[\"cpu_usage_ratio\",\"faultline_anomaly_score\",\"faultline_expected\","
                + "\"faultline_lower\",\"faultline_upper\",\"req_total\"]}", "/api/v1/label/__name__/values");
    }

    @Test
    void metadataIsEmptyForFaultlineKeepsNone() {
        assertOk("{\"status\":\"success\",\"data\":{}}", "/api/v1/metadata");
    }

    @Test
    void buildInfo() {
        assertOk("{\"status\":\"success\",\"data\":{\"version\":\"2.42.0\",\"revision\":\"faultline-"
                + io.faultline.models.FaultlineVersion.current() + "\",\"branch\":\"faultline\",\"buildUser\":\"faultline\","
                + "\"buildDate\":\"\",\"goVersion\":\"none (Faultline on Java)\"}}", "/api/v1/status/buildinfo");
    }

    @Test
    void outsideTheSubsetIsBadData() {
        String tail = " is not supported by Faultline's query subset (number literals and arithmetic between them, selectors, range selectors, rate() and increase())";
        assertAnswer(400, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"aggregation 'sum'" + tail + "\"}",
                server.get("/api/v1/query?query=" + q("sum(cpu_usage_ratio)")));
        assertAnswer(400, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"binary operator '*' on a vector (column 17)" + tail + "\"}",
                server.get("/api/v1/query?query=" + q("cpu_usage_ratio * 2")));
        assertAnswer(400, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"exceeded maximum resolution of 11,000 points"
                + " per timeseries. Try decreasing the query resolution (?step=XX)\"}",
                server.get("/api/v1/query_range?query=cpu_usage_ratio&start=1700000000&end=1700400000&step=30"));
        assertAnswer(400, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"invalid parameter \\\"start\\\":"
                + " cannot parse \\\"yesterday\\\" to a valid timestamp\"}",
                server.get("/api/v1/query_range?query=cpu_usage_ratio&start=yesterday&end=1&step=30"));
        assertAnswer(400, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"invalid expression type \\\"range vector\\\""
                + " for range query, must be Scalar or instant Vector\"}",
                server.get("/api/v1/query_range?query=" + q("req_total[1m]") + "&start=1700000000&end=1700000060&step=30"));
        assertAnswer(400, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"no match[] parameter provided\"}",
                server.get("/api/v1/series"));
        assertAnswer(400, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"invalid label name: \\\"1x\\\"\"}",
                server.get("/api/v1/label/1x/values"));
    }
}
