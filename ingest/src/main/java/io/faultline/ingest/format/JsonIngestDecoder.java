package io.faultline.ingest.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SampleBatch;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Decodes the JSON push format into a {@link SampleBatch}, streaming (the body is never held as a tree):
 * <pre>{"series":[{"metric":"cpu_usage_ratio","labels":{"service":"cart"},"samples":[[1700000000000,0.42]]}]}</pre>
 * Timestamps are integer Unix milliseconds; values are JSON numbers or decimal strings ({@code "0.42"}).
 * {@code labels} may be omitted. Unknown fields are rejected. Each series' samples come out sorted by
 * time; a timestamp repeated within a series with the same value is kept once, with a different value
 * it is rejected; the same series twice in one request is rejected. Every error is an
 * {@link InvalidInputException} naming the JSON location, e.g. {@code series[2].samples[5][1]}.
 * Instances are immutable and thread-safe.
 */
public final class JsonIngestDecoder {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private final IngestLimits limits;

    public JsonIngestDecoder(IngestLimits limits) {
        if (limits == null) {
            throw new IllegalArgumentException("ingest limits are required");
        }
        this.limits = limits;
    }

    public SampleBatch decode(byte[] body) {
        if (body.length > limits.maxBodyBytes()) {
            throw bodyTooLarge();
        }
        return decode(new ByteArrayInputStream(body));
    }

    /** Reads the stream to its end (at most {@link IngestLimits#maxBodyBytes()} bytes); does not close it. */
    public SampleBatch decode(InputStream body) {
        InputStream limited = new LimitedInputStream(body, limits.maxBodyBytes(), this::bodyTooLarge);
        try (JsonParser parser = FACTORY.createParser(limited)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return new JsonBatchParser(parser, limits).parse();
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
    }

    private InvalidInputException bodyTooLarge() {
        return new InvalidInputException("body is larger than " + limits.maxBodyBytes() + " bytes");
    }

    private static InvalidInputException malformed(JsonProcessingException e) {
        var location = e.getLocation();
        String where = location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        String path = e.getProcessor() instanceof JsonParser p ? path(p.getParsingContext()) : "";
        return new InvalidInputException((path.isEmpty() ? "" : path + ": ") + "malformed JSON" + where + ": "
                + e.getOriginalMessage(), e);
    }

    /** The parser's position in the style of our messages: {@code series[2].samples[5]}. */
    static String path(JsonStreamContext context) {
        StringBuilder sb = new StringBuilder();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                sb.insert(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.getCurrentName() != null) {
                sb.insert(0, (c.getParent() != null && c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
            }
        }
        return sb.toString();
    }
}
