package io.faultline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.api.cli.Main;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.store.DuckDbMetricStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server in a child JVM on a DuckDB file takes JSON pushes from two client threads and is
 * killed with SIGKILL in the middle of them; restarted on the same file, it has every sample of
 * every request it had answered with 2xx, and each other request entirely or not at all.
 */
class IngestKillIT {
    private static final Pattern LISTENING = Pattern.compile("Faultline listening on http://127\\.0\\.0\\.1:(\\d+) ");
    private static final long T0 = 1_700_000_000_000L;
    private static final int SERIES = 10;
    private static final int POINTS = 50;
    private static final int KILL_AFTER_ACKS = 40;
    private static final int MAX_REQUESTS = 100_000;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedSampleSurvivesKillMinus9() throws Exception {
        Path file = dir.resolve("store/faultline.duckdb");
        ConcurrentLinkedQueue<Integer> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger nextRequest = new AtomicInteger();

        Process server = start(file, dir.resolve("first.log"));
        int port = port(dir.resolve("first.log"), server);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService load = Executors.newFixedThreadPool(2);
        for (int t = 0; t < 2; t++) {
            load.submit(() -> push(client, port, nextRequest, acknowledged));
        }
        try {
            assertTimeoutPreemptively(Duration.ofMinutes(3), () -> {
                while (acknowledged.size() < KILL_AFTER_ACKS && server.isAlive()) {
                    Thread.sleep(5);
                }
            });
        } finally {
            server.destroyForcibly(); // SIGKILL, with requests in flight: no shutdown hook, no checkpoint
            server.waitFor();
            load.shutdown();
            assertTrue(load.awaitTermination(2, java.util.concurrent.TimeUnit.MINUTES), "the load threads stop");
        }
        assertEquals(137, server.exitValue(), "killed by SIGKILL");
        java.util.Set<Integer> acked = new java.util.HashSet<>(acknowledged);
        assertTrue(acked.size() >= KILL_AFTER_ACKS, "acknowledged before the kill: " + acked.size());

        Process restarted = start(file, dir.resolve("second.log"));
        int secondPort = port(dir.resolve("second.log"), restarted);
        HttpResponse<String> ready = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + secondPort + "/readyz"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        restarted.destroy(); // SIGTERM: the server closes the store
        restarted.waitFor();

        try (MetricStore store = DuckDbMetricStore.open(file.toString())) {
            int sent = nextRequest.get();
            long stored = 0;
            for (int k = 0; k < Math.min(sent, MAX_REQUESTS); k++) {
                int present = presentSamples(store, k);
                if (acked.contains(k)) {
                    assertEquals(SERIES * POINTS, present, "request " + k + " was acknowledged");
                } else {
                    assertTrue(present == 0 || present == SERIES * POINTS,
                            "request " + k + " is stored whole or not at all, has " + present);
                }
                stored += present;
            }
            assertEquals(stored, store.sampleCount(), "nothing but the requests' samples is stored");
        }
    }

    private static Process start(Path file, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-cp", classpath, Main.class.getName(), "serve", "--port", "0",
                "--storage", file.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int port(Path log, Process server) {
        return assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            while (server.isAlive()) {
                Matcher m = LISTENING.matcher(Files.readString(log, StandardCharsets.UTF_8));
                if (m.find()) {
                    return Integer.parseInt(m.group(1));
                }
                Thread.sleep(20);
            }
            throw new AssertionError("the server exited: " + Files.readString(log, StandardCharsets.UTF_8));
        });
    }

    /** Sends requests 0, 1, 2, ... (shared between the threads) until the server stops answering. */
    private static void push(HttpClient client, int port, AtomicInteger nextRequest, ConcurrentLinkedQueue<Integer> acknowledged) {
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/v1/ingest");
        while (true) {
            int k = nextRequest.getAndIncrement();
            if (k >= MAX_REQUESTS) {
                return;
            }
            HttpRequest request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(k))).build();
            try {
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 != 2) {
                    throw new AssertionError("request " + k + " answered " + r.statusCode() + ": " + r.body());
                }
                acknowledged.add(k);
            } catch (IOException e) {
                return; // the server is gone: this request was never acknowledged
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Request {@code k}: {@link #POINTS} points of each of {@link #SERIES} series, in a time slot of its own. */
    private static String body(int k) {
        StringBuilder b = new StringBuilder("{\"series\":[");
        for (int s = 0; s < SERIES; s++) {
            b.append(s == 0 ? "" : ",").append("{\"metric\":\"kill_test\",\"labels\":{\"service\":\"svc-").append(s)
                    .append("\"},\"samples\":[");
            double[] values = values(k, s);
            for (int i = 0; i < POINTS; i++) {
                b.append(i == 0 ? "" : ",").append('[').append(timestamp(k, i)).append(',').append(values[i]).append(']');
            }
            b.append("]}");
        }
        return b.append("]}").toString();
    }

    private static long timestamp(int k, int i) {
        return T0 + ((long) k * POINTS + i) * 1_000L;
    }

    private static double[] values(int k, int series) {
        SplittableRandom random = new SplittableRandom(k * 31L + series);
        double[] v = new double[POINTS];
        for (int i = 0; i < POINTS; i++) {
            v[i] = Math.round(random.nextDouble() * 1e6) / 1e3; // three decimals: exact through JSON text
        }
        return v;
    }

    /** How many samples of request {@code k} are stored with exactly the values it sent. */
    private static int presentSamples(MetricStore store, int k) {
        int present = 0;
        for (int s = 0; s < SERIES; s++) {
            SeriesSamples stored = store.read(SeriesKey.of("kill_test", "service", "svc-" + s), timestamp(k, 0), timestamp(k, POINTS));
            double[] expected = values(k, s);
            for (int i = 0; i < stored.size(); i++) {
                assertEquals(timestamp(k, i), stored.timestampsMs()[i], "request " + k + " series " + s + " point " + i);
                assertEquals(expected[i], stored.values()[i], "request " + k + " series " + s + " point " + i);
            }
            present += stored.size();
        }
        return present;
    }
}
