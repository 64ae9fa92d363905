package io.faultline.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonIngestEncoderTest {

    @Test
    void writesThePushFormatAndRoundTripsThroughTheDecoder() {
        SampleBatch batch = new SampleBatch(List.of(
                new SeriesSamples(SeriesKey.of("cpu_usage_ratio", "service", "cart", "zone", "a\"b"),
                        new long[] {1_700_000_000_000L, 1_700_000_015_000L}, new double[] {0.25, 0.5}),
                new SeriesSamples(SeriesKey.of("up"), new long[] {1_700_000_000_000L}, new double[] {1})));
        byte[] json = JsonIngestEncoder.encode(batch);
        assertEquals("{\"series\":[{\"metric\":\"cpu_usage_ratio\",\"labels\":{\"service\":\"cart\",\"zone\":\"a\\\"b\"},"
                + "\"samples\":[[1700000000000,0.25],[1700000015000,0.5]]},"
                + "{\"metric\":\"up\",\"labels\":{},\"samples\":[[1700000000000,1.0]]}]}", new String(json, StandardCharsets.UTF_8));
        assertEquals(batch, new JsonIngestDecoder(IngestLimits.DEFAULTS).decode(json));
    }
}
