package io.faultline.api.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The load generator against a stub receiver on port 0 that answers 204, 400, 503 or drops the connection. */
class IngestLoadTest {
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void errorsAreCountedByStatusAndTheRunGoesOn() throws Exception {
        AtomicInteger seen = new AtomicInteger();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/write", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            int n = seen.incrementAndGet();
            if (n % 5 == 2) {
                answer(exchange, 400, "out of order sample");
            } else if (n % 5 == 3) {
                answer(exchange, 503, "busy");
            } else if (n % 5 == 4) {
                exchange.close(); // no answer at all: the connection is dropped
            } else {
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            }
        });
        server.start();
        // one shard, ten requests of 3 samples (the last 1): 28 samples
        Payload payload = PayloadGenerator.build(new PayloadParams(7, 3, 4, 1, 1, 1_700_000_000_000L, 15_000));
        assertEquals(10, payload.requests());

        URI target = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1/write");
        IngestResult r = new IngestLoad(target, 60).run(payload, 0);

        assertEquals(10, r.requests());
        assertEquals(28, r.samplesSent());
        assertEquals(Map.of("400", 2L, "503", 2L, "connection", 2L), r.errors());
        // requests 1, 5, 6, 10 were acknowledged: 3 + 3 + 3 + 1 samples
        assertEquals(10, r.samplesAccepted());
        assertEquals("out of order sample", r.firstErrors().get("400"));
        assertTrue(r.payloadExhausted());
        assertEquals(10, seen.get());
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String message) throws IOException {
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
