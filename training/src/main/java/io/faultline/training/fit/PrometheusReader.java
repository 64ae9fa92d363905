package io.faultline.training.fit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Reads a {@link HistorySource.PrometheusRange} through {@code POST /api/v1/query_range} (form-encoded,
 * as Prometheus' own clients send it), one {@link QueryChunks} chunk at a time, handing each chunk's
 * series to a sink as one batch. Non-finite values (NaN, infinities) are skipped, as a stored series
 * holds finite numbers only. Failures name the server and what went wrong: unreachable, a timeout,
 * Prometheus' own error ({@code errorType} and {@code error}), or an answer that is not Prometheus JSON.
 */
final class PrometheusReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient client;
    private final int maxPoints;

    PrometheusReader(int maxPoints) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        this.maxPoints = maxPoints;
    }

    /** Reads every chunk in time order; returns the number of non-finite values skipped. */
    long read(HistorySource.PrometheusRange source, Consumer<SampleBatch> sink) {
        long skipped = 0;
        for (QueryChunks.Chunk chunk : QueryChunks.plan(source.range(), source.stepMs(), maxPoints)) {
            JsonNode result = query(source, chunk);
            List<SeriesSamples> series = new ArrayList<>();
            for (JsonNode s : result) {
                SeriesKey key = key(source, s.get("metric"));
                JsonNode values = s.get("values");
                long[] t = new long[values.size()];
                double[] v = new double[values.size()];
                int n = 0;
                for (JsonNode point : values) {
                    double value = value(source, point.get(1).asText());
                    if (Double.isFinite(value)) {
                        t[n] = Math.round(point.get(0).asDouble() * 1000);
                        v[n++] = value;
                    } else {
                        skipped++;
                    }
                }
                series.add(new SeriesSamples(key, Arrays.copyOf(t, n), Arrays.copyOf(v, n)));
            }
            sink.accept(new SampleBatch(series));
        }
        return skipped;
    }

    private JsonNode query(HistorySource.PrometheusRange source, QueryChunks.Chunk chunk) {
        String form = "query=" + URLEncoder.encode(source.selector(), StandardCharsets.UTF_8)
                + "&start=" + seconds(chunk.startMs()) + "&end=" + seconds(chunk.endMs()) + "&step=" + seconds(source.stepMs());
        URI uri = endpoint(source.server());
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpConnectTimeoutException | ConnectException e) {
            throw new PrometheusReadException("cannot reach Prometheus at " + source.server() + ": "
                    + (e instanceof ConnectException ? "connection refused" : "connection timed out"), e);
        } catch (HttpTimeoutException e) {
            throw new PrometheusReadException("Prometheus at " + source.server() + " did not answer within "
                    + TIMEOUT.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new PrometheusReadException("cannot reach Prometheus at " + source.server() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrometheusReadException("interrupted while reading from Prometheus at " + source.server(), e);
        }
        return matrix(source, response);
    }

    private static JsonNode matrix(HistorySource.PrometheusRange source, HttpResponse<String> response) {
        String where = "Prometheus at " + source.server() + " answered " + response.statusCode();
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            body = null;
        }
        if (body == null || !body.isObject() || !body.has("status")) {
            String text = response.body() == null ? "" : response.body().strip();
            throw new PrometheusReadException(where + " with a body that is not Prometheus JSON: "
                    + (text.length() > 200 ? text.substring(0, 200) + "..." : text));
        }
        if (!"success".equals(body.path("status").asText())) {
            throw new PrometheusReadException(where + ": " + body.path("errorType").asText("error") + ": "
                    + body.path("error").asText("(no message)"));
        }
        JsonNode data = body.path("data");
        if (!"matrix".equals(data.path("resultType").asText())) {
            throw new PrometheusReadException(where + " with a '" + data.path("resultType").asText() + "' result,"
                    + " not a matrix: is '" + source.selector() + "' a series selector?");
        }
        return data.path("result");
    }

    private static SeriesKey key(HistorySource.PrometheusRange source, JsonNode metric) {
        TreeMap<String, String> labels = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> i = metric.fields(); i.hasNext(); ) {
            Map.Entry<String, JsonNode> e = i.next();
            labels.put(e.getKey(), e.getValue().asText());
        }
        String name = labels.remove(LabelMatcher.METRIC_NAME);
        if (name == null) {
            throw new PrometheusReadException("Prometheus at " + source.server() + " returned a series without a metric name "
                    + labels + ": '" + source.selector() + "' must select series, not compute them");
        }
        try {
            return new SeriesKey(name, labels);
        } catch (IllegalArgumentException e) {
            throw new PrometheusReadException("Prometheus at " + source.server() + " returned a series Faultline cannot store: "
                    + e.getMessage(), e);
        }
    }

    private static double value(HistorySource.PrometheusRange source, String text) {
        switch (text) {
            case "NaN":
                return Double.NaN;
            case "+Inf":
                return Double.POSITIVE_INFINITY;
            case "-Inf":
                return Double.NEGATIVE_INFINITY;
            default:
                try {
                    return Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new PrometheusReadException("Prometheus at " + source.server() + " returned the value '"
                            + text + "', which is not a number");
                }
        }
    }

    private static URI endpoint(URI server) {
        String base = server.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/api/v1/query_range");
    }

    /** Unix seconds with the milliseconds as a fraction, as Prometheus reads them. */
    private static String seconds(long ms) {
        return BigDecimal.valueOf(ms, 3).stripTrailingZeros().toPlainString();
    }
}
