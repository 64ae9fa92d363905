package io.faultline.ingest.format;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One decoding of the JSON push format; see {@link JsonIngestDecoder} for the rules. Not reusable. */
final class JsonBatchParser {
    private final JsonParser p;
    private final IngestLimits limits;
    private final List<SeriesSamples> series = new ArrayList<>();
    private final Map<SeriesKey, Integer> seen = new HashMap<>();
    private int totalSamples;

    JsonBatchParser(JsonParser parser, IngestLimits limits) {
        this.p = parser;
        this.limits = limits;
    }

    SampleBatch parse() throws IOException {
        JsonToken token = p.nextToken();
        if (token == null) {
            throw new InvalidInputException("body is empty, expected a JSON object");
        }
        if (token != JsonToken.START_OBJECT) {
            throw new InvalidInputException("expected a JSON object, found " + describe(token));
        }
        boolean sawSeries = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (!"series".equals(name)) {
                throw new InvalidInputException("unknown top-level field \"" + name + "\" (expected \"series\")");
            }
            if (sawSeries) {
                throw new InvalidInputException("field \"series\" appears twice");
            }
            sawSeries = true;
            seriesArray();
        }
        if (!sawSeries) {
            throw new InvalidInputException("missing field \"series\"");
        }
        if (p.nextToken() != null) {
            throw new InvalidInputException("unexpected content after the top-level object");
        }
        return new SampleBatch(series);
    }

    private void seriesArray() throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InvalidInputException("series: expected an array, found " + describe(p.currentToken()));
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (i >= limits.maxSeriesPerRequest()) {
                throw new InvalidInputException("series[" + i + "]: more than " + limits.maxSeriesPerRequest()
                        + " series in one request");
            }
            oneSeries(i++);
        }
    }

    private void oneSeries(int index) throws IOException {
        String at = "series[" + index + "]";
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new InvalidInputException(at + ": expected an object, found " + describe(p.currentToken()));
        }
        String metric = null;
        TreeMap<String, String> labels = null;
        SeriesBuffer samples = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            boolean repeated = switch (name) {
                case "metric" -> metric != null;
                case "labels" -> labels != null;
                case "samples" -> samples != null;
                default -> throw new InvalidInputException(at + ": unknown field \"" + name
                        + "\" (expected metric, labels, samples)");
            };
            if (repeated) {
                throw new InvalidInputException(at + ": field \"" + name + "\" appears twice");
            }
            switch (name) {
                case "metric" -> metric = metric(at);
                case "labels" -> labels = JsonLabels.read(p, limits, at + ".labels");
                default -> samples = samples(at + ".samples");
            }
        }
        if (metric == null) {
            throw new InvalidInputException(at + ": missing field \"metric\"");
        }
        if (samples == null) {
            throw new InvalidInputException(at + ": missing field \"samples\"");
        }
        SeriesKey key = new SeriesKey(metric, labels);
        Integer first = seen.putIfAbsent(key, index);
        if (first != null) {
            throw new InvalidInputException(at + ": series " + key + " already appears at series[" + first + "]");
        }
        series.add(samples.toSamples(key, (ts, a, b) -> new InvalidInputException(at + ".samples[" + b
                + "]: timestamp " + ts + " appears again with a different value (first at samples[" + a + "])")));
    }

    private String metric(String at) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new InvalidInputException(at + ".metric: expected a string, found " + describe(p.currentToken()));
        }
        String metric = p.getText();
        if (!Names.isMetricName(metric)) {
            throw new InvalidInputException(at + ".metric: \"" + Excerpt.of(metric)
                    + "\" must match " + Names.METRIC_RULE);
        }
        return metric;
    }

    private SeriesBuffer samples(String at) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new InvalidInputException(at + ": expected an array of [timestamp, value] pairs, found "
                    + describe(p.currentToken()));
        }
        SeriesBuffer buffer = new SeriesBuffer();
        int j = 0;
        for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken(), j++) {
            if (token != JsonToken.START_ARRAY) {
                throw new InvalidInputException(at + "[" + j + "]: expected [timestamp, value], found " + describe(token));
            }
            if (++totalSamples > limits.maxSamplesPerRequest()) {
                throw new InvalidInputException(at + "[" + j + "]: more than " + limits.maxSamplesPerRequest()
                        + " samples in one request");
            }
            long ts = timestamp(at, j);
            double value = value(at, j);
            if (p.nextToken() != JsonToken.END_ARRAY) {
                throw new InvalidInputException(at + "[" + j + "]: expected [timestamp, value], found more than 2 elements");
            }
            if (ts < limits.minTimestampMs() || ts > limits.maxTimestampMs() || !Double.isFinite(value)) {
                limits.check(ts, value, at + "[" + j + "]");
            }
            buffer.add(ts, value, j);
        }
        return buffer;
    }

    private long timestamp(String at, int j) throws IOException {
        JsonToken token = p.nextToken();
        if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
            return p.getLongValue();
        }
        String where = at + "[" + j + "][0]: ";
        if (token == JsonToken.END_ARRAY) {
            throw new InvalidInputException(at + "[" + j + "]: expected [timestamp, value], found 0 elements");
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            throw new InvalidInputException(where + "timestamp " + p.getText() + " must be an integer number of milliseconds");
        }
        throw new InvalidInputException(where + "timestamp " + shown(token) + " is not a number");
    }

    private double value(String at, int j) throws IOException {
        JsonToken token = p.nextToken();
        if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
            return p.getDoubleValue();
        }
        if (token == JsonToken.END_ARRAY) {
            throw new InvalidInputException(at + "[" + j + "]: expected [timestamp, value], found 1 element");
        }
        if (token == JsonToken.VALUE_STRING) {
            double parsed = NumberText.parseOrNaN(p.getText());
            if (!Double.isNaN(parsed)) {
                return parsed;
            }
        }
        throw new InvalidInputException(at + "[" + j + "][1]: value " + shown(token) + " is not a number");
    }

    private String shown(JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> "\"" + Excerpt.of(p.getText()) + "\"";
            case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> p.getText();
            default -> describe(token);
        };
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
