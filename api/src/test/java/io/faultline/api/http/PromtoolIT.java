package io.faultline.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.faultline.api.TestServer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prometheus' own client, {@code promtool query} (Debian package {@code prometheus}, 2.42), against
 * Faultline's query API: it sends form-encoded POSTs and parses the answers with Prometheus' Go client,
 * so a wrong field or number format fails here. Skipped when promtool is not on the PATH.
 */
class PromtoolIT {
    private static TestServer server;
    private static Path promtool;

    @BeforeAll
    static void start() {
        promtool = onPath("promtool");
        assumeTrue(promtool != null, "promtool is not installed (apt-get install prometheus); skipping");
        server = TestServer.inMemory("");
        assertEquals(200, server.post("/api/v1/ingest", "application/json", PromQueryApiTest.ingestBody()).statusCode());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Path onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private record Run(int exitCode, String out, String err) {
    }

    private static Run promtool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(promtool.toString(), "query"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).start();
        p.getOutputStream().close();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("promtool did not finish: " + command);
        }
        return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static String url() {
        return "http://127.0.0.1:" + server.app().port();
    }

    @Test
    void instantQuery() throws Exception {
        Run r = promtool("instant", "--time=1700000100", url(), "cpu_usage_ratio{service=\"cart\"}");
        assertEquals(new Run(0, "cpu_usage_ratio{service=\"cart\", zone=\"a\"} => 0.6000000000000001 @[1700000100]\n", ""), r);
    }

    @Test
    void rangeQueryOfARate() throws Exception {
        Run r = promtool("range", "--start=1700000000", "--end=1700000060", "--step=30s", url(), "rate(req_total[1m])");
        assertEquals(new Run(0, "{service=\"cart\"} =>\n0.3333333333333333 @[1700000030]\n0.6666666666666666 @[1700000060]\n", ""), r);
    }

    @Test
    void seriesAndLabelValues() throws Exception {
        assertEquals(new Run(0, "{__name__=\"cpu_usage_ratio\", service=\"cart\", zone=\"a\"}\n"
                        + "{__name__=\"cpu_usage_ratio\", service=\"orders\", zone=\"b\"}\n", ""),
                promtool("series", "--match=cpu_usage_ratio", "--start=1700000000", "--end=1700000300", url()));
        assertEquals(new Run(0, "a\nb\n", ""), promtool("labels", url(), "zone"));
    }

    @Test
    void queriesOutsideTheSubsetFailWithPrometheusError() throws Exception {
        Run r = promtool("instant", url(), "sum(cpu_usage_ratio)");
        assertEquals(new Run(1, "", "query error: bad_data: aggregation 'sum' is not supported by Faultline's query subset"
                + " (number literals and arithmetic between them, selectors, range selectors, rate() and increase())\n"), r);
    }
}
