package io.faultline.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.api.TestServer;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same samples in a real Prometheus 2.42 (written as TSDB blocks by {@code promtool tsdb
 * create-blocks-from openmetrics}, served by {@code prometheus} on a free loopback port) and in Faultline:
 * every query of the subset must answer byte for byte the same. This is also how the golden bodies of
 * {@link PromQueryApiTest} were made: run a query against both and copy Prometheus' answer. Skipped when
 * the Debian package {@code prometheus} is not installed.
 */
class PrometheusParityIT {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static TestServer faultline;
    private static Process prometheus;
    private static int prometheusPort;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        Path promtool = onPath("promtool");
        Path server = onPath("prometheus");
        assumeTrue(promtool != null && server != null, "prometheus/promtool are not installed (apt-get install prometheus); skipping");
        faultline = TestServer.inMemory("");
        String ingest = PromQueryApiTest.ingestBody();
        assertEquals(200, faultline.post("/api/v1/ingest", "application/json", ingest).statusCode());

        Path openMetrics = dir.resolve("data.om");
        Files.writeString(openMetrics, openMetrics(ingest));
        Path tsdb = dir.resolve("tsdb");
        run(List.of(promtool.toString(), "tsdb", "create-blocks-from", "openmetrics", openMetrics.toString(), tsdb.toString()));
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, "global:\n  scrape_interval: 1h\n");
        try (ServerSocket socket = new ServerSocket(0)) {
            prometheusPort = socket.getLocalPort();
        }
        prometheus = new ProcessBuilder(server.toString(), "--config.file=" + config, "--storage.tsdb.path=" + tsdb,
                "--storage.tsdb.retention.time=100y", "--web.listen-address=127.0.0.1:" + prometheusPort)
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
        waitReady();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (prometheus != null) {
            prometheus.destroy();
            if (!prometheus.waitFor(20, TimeUnit.SECONDS)) {
                prometheus.destroyForcibly();
            }
        }
        if (faultline != null) {
            faultline.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/v1/query?query=cpu_usage_ratio&time=1700000100",
        "/api/v1/query?query=cpu_usage_ratio{zone!=\"a\"}&time=1700000360",
        "/api/v1/query?query=cpu_usage_ratio{zone!=\"a\"}&time=1700000360.001",
        "/api/v1/query?query=cpu_usage_ratio{service=~\"c.*|o.*\",zone!~\"x\"}&time=2023-11-14T22:14:20.5Z",
        "/api/v1/query?query=rate(req_total[1m])&time=1700000157",
        "/api/v1/query?query=rate(req_total[5m])&time=1700000310",
        "/api/v1/query?query=increase(req_total[2m])&time=1700000170",
        "/api/v1/query?query=req_total[1m]&time=1700000060",
        "/api/v1/query?query=(1 + 2) * 3 ^ 2 % 5&time=1700000000",
        "/api/v1/query_range?query=increase(req_total[2m])&start=1700000000&end=1700000400&step=30",
        "/api/v1/query_range?query=rate(req_total[45s])&start=1700000000&end=1700000400&step=7.5",
        "/api/v1/query_range?query=cpu_usage_ratio&start=1699999990&end=1700000700&step=1m",
        "/api/v1/query_range?query=1.5&start=1700000000&end=1700000060&step=30",
        "/api/v1/query_range?query=cpu_usage_ratio&start=1700000000&end=1700400000&step=30",
        "/api/v1/series?match[]=req_total&match[]={zone=\"b\"}",
        "/api/v1/label/zone/values",
        "/api/v1/labels?match[]=cpu_usage_ratio",
    })
    void sameAnswerAsPrometheus(String pathAndQuery) throws Exception {
        String path = encode(pathAndQuery);
        HttpResponse<String> expected = get(prometheusPort, path);
        HttpResponse<String> actual = faultline.get(path);
        assertEquals(expected.statusCode(), actual.statusCode(), actual.body());
        assertEquals(expected.body(), actual.body());
    }

    /** Encodes each parameter value; the test lists them readable. */
    private static String encode(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        if (q < 0) {
            return pathAndQuery;
        }
        List<String> params = new ArrayList<>();
        for (String param : pathAndQuery.substring(q + 1).split("&")) {
            int eq = param.indexOf('=');
            params.add(URLEncoder.encode(param.substring(0, eq), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(param.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return pathAndQuery.substring(0, q + 1) + String.join("&", params);
    }

    /** The ingest body as OpenMetrics: one family per metric, samples in time order, seconds. */
    private static String openMetrics(String ingestJson) throws IOException {
        Map<String, List<String>> families = new TreeMap<>();
        for (JsonNode series : new ObjectMapper().readTree(ingestJson).get("series")) {
            String metric = series.get("metric").asText();
            List<String> labels = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> i = series.get("labels").fields(); i.hasNext(); ) {
                Map.Entry<String, JsonNode> e = i.next();
                labels.add(e.getKey() + "=\"" + e.getValue().asText() + "\"");
            }
            List<String> lines = families.computeIfAbsent(metric, m -> new ArrayList<>());
            for (JsonNode sample : series.get("samples")) {
                lines.add(metric + "{" + String.join(",", labels) + "} " + sample.get(1).asDouble() + " "
                        + BigDecimal.valueOf(sample.get(0).asLong(), 3).stripTrailingZeros().toPlainString());
            }
        }
        StringBuilder out = new StringBuilder();
        families.forEach((metric, lines) -> {
            out.append("# TYPE ").append(metric.endsWith("_total") ? metric.substring(0, metric.length() - 6) + " counter" : metric + " gauge").append('\n');
            lines.forEach(l -> out.append(l).append('\n'));
        });
        return out.append("# EOF\n").toString();
    }

    private static void waitReady() throws Exception {
        for (int i = 0; i < 300; i++) {
            try {
                if (get(prometheusPort, "/-/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            if (!prometheus.isAlive()) {
                throw new IllegalStateException("prometheus exited: " + Files.readString(dir.resolve("prometheus.log")));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("prometheus not ready after 30 s: " + Files.readString(dir.resolve("prometheus.log")));
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + output);
        }
    }

    private static Path onPath(String name) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(entry, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
