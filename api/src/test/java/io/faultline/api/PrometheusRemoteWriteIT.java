package io.faultline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import io.faultline.api.service.RemoteWriteService;
import io.faultline.ingest.format.remotewrite.DropReason;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.io.File;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Prometheus (the Debian package's binary, 2.42) scrapes a small exporter served by this test and
 * remote-writes into a Faultline server: the exporter's series arrive with their labels and values, and a
 * series that disappears from the exporter brings Prometheus' staleness marker, counted and not stored.
 * Skipped when no {@code prometheus} binary is found ({@code .ci/run} installs it).
 */
class PrometheusRemoteWriteIT {
    private static final String EXPOSITION = """
            # HELP rwit_temperature_celsius A gauge.
            # TYPE rwit_temperature_celsius gauge
            rwit_temperature_celsius{room="lab",sensor="a1"} 21.5
            # HELP rwit_jobs_total A counter.
            # TYPE rwit_jobs_total counter
            rwit_jobs_total{queue="fast",result="ok"} 42
            rwit_jobs_total{queue="slow",result="error"} 7
            """;

    @TempDir
    Path dir;

    /** What the exporter serves; the test drops a series from it to make Prometheus write a staleness marker. */
    private volatile String exposition = EXPOSITION;
    private HttpServer exporter;
    private TestServer faultline;
    private Process prometheus;

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (prometheus != null) {
            prometheus.destroy();
            if (!prometheus.waitFor(20, TimeUnit.SECONDS)) {
                prometheus.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (exporter != null) {
            exporter.stop(0);
        }
        if (faultline != null) {
            faultline.close();
        }
    }

    @Test
    void scrapedSeriesArriveWithTheirLabelsAndValues() throws Exception {
        Optional<Path> binary = prometheusBinary();
        assumeTrue(binary.isPresent(), "no prometheus binary on the PATH (Debian package 'prometheus'); skipping");

        exporter = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        exporter.createContext("/metrics", exchange -> {
            byte[] body = exposition.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        exporter.start();
        faultline = TestServer.inMemory("");
        String target = "127.0.0.1:" + exporter.getAddress().getPort();

        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, """
                global:
                  scrape_interval: 1s
                  evaluation_interval: 1s
                scrape_configs:
                  - job_name: exporter
                    static_configs:
                      - targets: ['%s']
                  - job_name: faultline
                    static_configs:
                      - targets: ['127.0.0.1:%d']
                remote_write:
                  - url: http://127.0.0.1:%d/api/v1/write
                    queue_config:
                      batch_send_deadline: 1s
                      min_backoff: 100ms
                      max_backoff: 1s
                """.formatted(target, faultline.app().port(), faultline.app().port()));
        Path log = dir.resolve("prometheus.log");
        prometheus = new ProcessBuilder(binary.get().toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("data"),
                "--web.listen-address=127.0.0.1:0")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();

        SeriesKey gauge = SeriesKey.of("rwit_temperature_celsius", "job", "exporter", "instance", target,
                "room", "lab", "sensor", "a1");
        SeriesKey fast = SeriesKey.of("rwit_jobs_total", "job", "exporter", "instance", target,
                "queue", "fast", "result", "ok");
        SeriesKey slow = SeriesKey.of("rwit_jobs_total", "job", "exporter", "instance", target,
                "queue", "slow", "result", "error");
        awaitOrFail(() -> stored(gauge).size() >= 2 && stored(fast).size() >= 2 && stored(slow).size() >= 2, log);

        assertValues(gauge, 21.5);
        assertValues(fast, 42);
        assertValues(slow, 7);
        assertTrue(stored(SeriesKey.of("up", "job", "exporter", "instance", target)).size() >= 1,
                "Prometheus' own 'up' series arrives too");
        // Prometheus scrapes Faultline's own /metrics too: its 'up' is 1 and Faultline's counters arrive.
        String self = "127.0.0.1:" + faultline.app().port();
        SeriesKey selfUp = SeriesKey.of("up", "job", "faultline", "instance", self);
        SeriesKey selfAccepted = SeriesKey.of("faultline_samples_accepted_total", "job", "faultline", "instance", self);
        awaitOrFail(() -> stored(selfUp).size() >= 1 && stored(selfAccepted).size() >= 1, log);
        SeriesSamples up = stored(selfUp);
        assertEquals(1.0, up.values()[up.size() - 1], "Prometheus scraped Faultline's /metrics");
        RemoteWriteService.Stats stats = faultline.app().services().remoteWrite().stats();
        assertEquals(0, stats.invalidRequests(), "no request refused");
        assertEquals(0, stats.tooLargeRequests(), "no request refused");
        assertTrue(stats.acceptedSamples() >= 6, "accepted " + stats.acceptedSamples());

        // A series that vanishes from a scrape gets a staleness marker from Prometheus: counted, not stored.
        int slowStored = stored(slow).size();
        exposition = EXPOSITION.replace("rwit_jobs_total{queue=\"slow\",result=\"error\"} 7\n", "");
        awaitOrFail(() -> faultline.app().services().remoteWrite().stats().droppedSamples()
                .get(DropReason.STALE_MARKER) >= 1, log);
        assertValues(slow, 7);
        assertTrue(stored(slow).size() >= slowStored, "the vanished series keeps its stored samples");
    }

    private SeriesSamples stored(SeriesKey key) {
        return faultline.app().store().read(key, 0, Long.MAX_VALUE);
    }

    private void assertValues(SeriesKey key, double expected) {
        SeriesSamples s = stored(key);
        double[] want = new double[s.size()];
        Arrays.fill(want, expected);
        assertEquals(Arrays.toString(want), Arrays.toString(s.values()), key.toString());
    }

    /** Polls until the condition holds; fails with the tail of Prometheus' log after two minutes. */
    private void awaitOrFail(BooleanSupplier condition, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (!condition.getAsBoolean()) {
            if (!prometheus.isAlive() || System.nanoTime() > deadline) {
                List<String> lines = Files.readAllLines(log);
                throw new AssertionError("series did not arrive (prometheus " + (prometheus.isAlive() ? "running" : "exited "
                        + prometheus.exitValue()) + "); its log ends with:\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()))
                        + "\nseries stored: " + faultline.app().store().listSeries(List.of()));
            }
            Thread.sleep(200);
        }
    }

    private static Optional<Path> prometheusBinary() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "prometheus");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
