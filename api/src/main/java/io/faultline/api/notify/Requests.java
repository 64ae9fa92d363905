package io.faultline.api.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.api.Json;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;

/** The parts every notifier's request shares: a JSON POST with a timeout, and RFC 3339 times. */
final class Requests {
    private Requests() {
    }

    static byte[] bytes(JsonNode body) {
        try {
            return Json.mapper().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a notification body", e);
        }
    }

    static HttpRequest.Builder jsonPost(URI uri, Duration timeout, byte[] body) {
        return HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Faultline")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    }

    /** {@code base} + {@code path}, without a doubled slash. */
    static URI join(String base, String path) {
        String b = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        return URI.create(b + path);
    }

    static String rfc3339(long epochMs) {
        return Instant.ofEpochMilli(epochMs).toString();
    }
}
