package io.faultline.api.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.api.ConsoleCapture;
import io.faultline.api.TestServer;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.config.StorageConfig;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code faultline train --from-prometheus} against a real Faultline server, which speaks
 * {@code query_range}: seven days of one-minute samples need two chunks (10,080 steps, at most 10,000 per
 * query), and with the step equal to the sample interval the models must be byte-identical to those
 * trained from the same samples read straight from the store.
 */
class TrainFromPrometheusIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = 1_700_000_000_000L - 1_700_000_000_000L % 60_000;
    private static final int POINTS = 7 * 24 * 60;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();

    @TempDir
    Path dir;

    private static String series(String metric, String service, SplittableRandom random) {
        List<String> samples = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            samples.add("[" + (T0 + 60_000L * i) + "," + (0.4 + 0.1 * Math.sin(i * Math.PI / 720) + 0.02 * random.nextDouble()) + "]");
        }
        return "{\"metric\":\"" + metric + "\",\"labels\":{\"service\":\"" + service + "\"},\"samples\":[" + String.join(",", samples) + "]}";
    }

    @Test
    void backfillReadsInChunksAndTrainsOnExactlyTheStoredSamples() throws Exception {
        Path store = dir.resolve("faultline.duckdb");
        SplittableRandom random = new SplittableRandom(7);
        String body = "{\"series\":[" + series("cpu_usage_ratio", "cart", random) + "," + series("cpu_usage_ratio", "orders", random)
                + "," + series("memory_ratio", "cart", random) + "]}";
        String from = Long.toString(T0);
        String to = Long.toString(T0 + 60_000L * POINTS);
        Path viaQuery = dir.resolve("via-query");
        try (TestServer server = new TestServer(FaultlineConfig.defaults()
                .withServer(new ServerConfig("127.0.0.1", 0, 32 * 1024 * 1024))
                .withStorage(new StorageConfig(store.toString())))) {
            assertEquals(200, server.post("/api/v1/ingest", "application/json", body).statusCode());
            int exit = Main.run("train", "--from-prometheus", "http://127.0.0.1:" + server.app().port(),
                    "--match", "cpu_usage_ratio{service=~\"cart|orders\"}", "--from", from, "--to", to, "--step", "1m",
                    "--out", viaQuery.toString(), "--json");
            assertEquals(0, exit, console.err.toString(StandardCharsets.UTF_8));
        }
        JsonNode report = JSON.readTree(viaQuery.resolve("train-report.json").toFile());
        assertEquals("{\"kind\":\"prometheus\",\"name\":\"http://127.0.0.1:PORT\",\"matchers\":[\"__name__=\\\"cpu_usage_ratio\\\"\","
                + "\"service=~\\\"cart|orders\\\"\"],\"fromMs\":" + from + ",\"toMs\":" + to + "}",
                report.get("source").toString().replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:PORT"));
        assertEquals(2, report.get("counts").get("series").asInt());
        assertEquals(2L * POINTS, report.get("counts").get("points").asLong());

        Path viaStore = dir.resolve("via-store");
        assertEquals(0, Main.run("train", "--store", store.toString(), "--match", "cpu_usage_ratio{service=~\"cart|orders\"}",
                "--from", from, "--to", to, "--out", viaStore.toString()));
        List<Path> models = modelFiles(viaStore);
        assertEquals(2, models.size());
        assertEquals(models.stream().map(p -> p.getFileName().toString()).toList(),
                modelFiles(viaQuery).stream().map(p -> p.getFileName().toString()).toList());
        for (Path model : models) {
            assertArrayEquals(Files.readAllBytes(model), Files.readAllBytes(viaQuery.resolve(model.getFileName())), model.toString());
        }
    }

    @Test
    void prometheusErrorsAndAnUnreachableServerAreNamed() throws Exception {
        try (TestServer server = TestServer.inMemory("")) {
            console.err.reset(); // the server's own startup warnings are not the command's output
            String url = "http://127.0.0.1:" + server.app().port();
            assertEquals(1, Main.run("train", "--from-prometheus", url, "--match", "{service=~\".*\"}", "--from", "0", "--to", "60000",
                    "--out", dir.resolve("m").toString()));
            assertEquals("faultline: Prometheus at " + url + " answered 400: bad_data: vector selector must contain at least one"
                    + " non-empty matcher", console.err.toString(StandardCharsets.UTF_8).strip());
            console.err.reset();
            assertEquals(1, Main.run("train", "--from-prometheus", url + "/wrong", "--match", "up", "--from", "0", "--to", "60000",
                    "--out", dir.resolve("m").toString()));
            assertEquals("faultline: Prometheus at " + url + "/wrong answered 404 with a body that is not Prometheus JSON: "
                    + "{\"error\":\"not_found\",\"message\":\"no route for POST /wrong/api/v1/query_range\"}",
                    console.err.toString(StandardCharsets.UTF_8).strip());
        }
        console.err.reset();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        assertEquals(1, Main.run("train", "--from-prometheus", "http://127.0.0.1:" + closedPort, "--match", "up",
                "--range", "1h", "--out", dir.resolve("m").toString()));
        assertEquals("faultline: cannot reach Prometheus at http://127.0.0.1:" + closedPort + ": connection refused",
                console.err.toString(StandardCharsets.UTF_8).strip());
        console.err.reset();
        assertEquals(2, Main.run("train", "--from-prometheus", "http://127.0.0.1:" + closedPort, "--range", "1h",
                "--out", dir.resolve("m").toString()));
        assertEquals("faultline: --from-prometheus needs --match SELECTOR (e.g. --match 'http_requests_total{job=\"cart\"}')",
                console.err.toString(StandardCharsets.UTF_8).strip());
    }

    private static List<Path> modelFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().equals("train-report.json")).sorted().toList();
        }
    }
}
