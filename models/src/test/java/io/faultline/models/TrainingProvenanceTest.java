package io.faultline.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import org.junit.jupiter.api.Test;

class TrainingProvenanceTest {
    private record ToyParams(int window, double threshold) {
    }

    @Test
    void fingerprintFollowsTheDocumentedByteLayout() {
        // golden digest computed outside Java: SHA-256 over big-endian (timestamp, doubleToLongBits) pairs
        SeriesSamples samples = new SeriesSamples(SeriesKey.of("cpu"), new long[] {1000, 2000, -5},
                new double[] {1.5, Double.NaN, -0.25});
        assertEquals("6922680ad57e2e77fac4bc59ecbe9c9f3b116972afa2beee4b630a62c419fd17", SeriesFingerprint.sha256(samples));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                SeriesFingerprint.sha256(new SeriesSamples(SeriesKey.of("cpu"), new long[0], new double[0])));
    }

    @Test
    void recordsDetectorParamsSeriesRangeHashSeedAndVersion() {
        SeriesSamples history = SyntheticSeries.noisySeasonal(3, 10, 50);
        Provenance provenance = TrainingProvenance.of("toy", new ToyParams(5, 2.5), history, 77L);
        assertEquals("toy", provenance.detector());
        ObjectNode params = ModelJson.mapper().createObjectNode().put("window", 5).put("threshold", 2.5);
        assertEquals(params, provenance.params());
        assertEquals("http_latency_ms{instance=\"a\",service=\"cart\"}", provenance.series());
        assertEquals(10 * SyntheticSeries.STEP_MS, provenance.dataFromMs());
        assertEquals(59 * SyntheticSeries.STEP_MS, provenance.dataToMs());
        assertEquals(50, provenance.dataPoints());
        assertEquals(SeriesFingerprint.sha256(history), provenance.dataSha256());
        assertEquals(77L, provenance.seed());
        assertEquals(FaultlineVersion.current(), provenance.faultlineVersion());
    }

    @Test
    void emptyHistoryHasAZeroRange() {
        Provenance provenance = TrainingProvenance.of("toy", new ToyParams(5, 2.5), SyntheticSeries.empty(), 0L);
        assertEquals(0L, provenance.dataFromMs());
        assertEquals(0L, provenance.dataToMs());
        assertEquals(0, provenance.dataPoints());
    }
}
