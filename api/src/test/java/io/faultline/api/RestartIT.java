package io.faultline.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.config.StorageConfig;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real server on a real DuckDB file: what it accepted over HTTP is all there after a restart. */
class RestartIT {
    @TempDir
    Path dir;

    @Test
    void acceptedSamplesSurviveARestart() throws Exception {
        FaultlineConfig config = FaultlineConfig.defaults()
                .withServer(new ServerConfig("127.0.0.1", 0, 1024 * 1024))
                .withStorage(new StorageConfig(dir.resolve("store/faultline.duckdb").toString()));
        StringBuilder samples = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            samples.append(i == 0 ? "" : ",").append("[").append(1_700_000_000_000L + i * 15_000L).append(",").append(i % 7).append("]");
        }
        try (TestServer server = new TestServer(config)) {
            for (String service : List.of("cart", "orders")) {
                String body = "{\"series\":[{\"metric\":\"request_rate\",\"labels\":{\"service\":\"" + service + "\"},\"samples\":["
                        + samples + "]}]}";
                assertEquals(200, server.post("/api/v1/ingest", "application/json", body).statusCode());
            }
            assertEquals(400, server.post("/api/v1/ingest", "application/json",
                    "{\"series\":[{\"metric\":\"request_rate\",\"labels\":{\"service\":\"user\"},\"samples\":[[1,2]]}]}").statusCode());
        }
        try (TestServer restarted = new TestServer(config)) {
            assertEquals(1000, restarted.app().store().sampleCount());
            SeriesSamples cart = restarted.app().store().read(SeriesKey.of("request_rate", "service", "cart"), 0, Long.MAX_VALUE);
            assertEquals(500, cart.size());
            assertEquals(6.0, cart.values()[6]);
            assertEquals(2, restarted.app().store().listSeries(List.of()).size());
            assertEquals(200, restarted.get("/readyz").statusCode());
        }
    }
}
