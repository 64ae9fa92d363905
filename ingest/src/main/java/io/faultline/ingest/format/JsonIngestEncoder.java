package io.faultline.ingest.format;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** Writes a batch in the JSON push format that {@link JsonIngestDecoder} reads: what a client sends. */
public final class JsonIngestEncoder {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonIngestEncoder() {
    }

    public static byte[] encode(SampleBatch batch) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + batch.sampleCount() * 32);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("series");
            for (SeriesSamples s : batch.series()) {
                g.writeStartObject();
                g.writeStringField("metric", s.key().metric());
                g.writeObjectFieldStart("labels");
                for (Map.Entry<String, String> label : s.key().labels().entrySet()) {
                    g.writeStringField(label.getKey(), label.getValue());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("samples");
                for (int i = 0; i < s.size(); i++) {
                    g.writeStartArray();
                    g.writeNumber(s.timestampsMs()[i]);
                    g.writeNumber(s.values()[i]);
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
