package io.faultline.api.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.format.remotewrite.RemoteWriteDecoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadGeneratorTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final RemoteWriteDecoder DECODER = new RemoteWriteDecoder(IngestLimits.DEFAULTS, 1 << 22);

    @Test
    void aRequestSpanningTwoScrapesCarriesTheSeriesTwiceInOneTimeSeries() {
        Payload p = PayloadGenerator.build(new PayloadParams(3, 4, 2, 1, 42, T0, 15_000));

        assertEquals(1, p.shards().size());
        assertArrayEquals(new int[] {4, 2}, p.samples().get(0));
        List<SeriesSamples> first = decode(p.shards().get(0).get(0));
        assertEquals(3, first.size());
        SeriesKey cpu = SeriesKey.of("node_cpu_utilisation_ratio", "env", "prod", "instance", "10.0.0.0:9000",
                "job", "frontend", "region", "eu-west-1", "service", "frontend");
        assertEquals(cpu, first.get(0).key());
        assertArrayEquals(new long[] {T0, T0 + 15_000}, first.get(0).timestampsMs());
        assertArrayEquals(new double[] {0.6454, 0.5764}, first.get(0).values());
        assertEquals("process_resident_memory_bytes", first.get(1).key().metric());
        assertArrayEquals(new double[] {3.19562194E8}, first.get(1).values());
        assertArrayEquals(new double[] {0.645331}, first.get(2).values());
        List<SeriesSamples> second = decode(p.shards().get(0).get(1));
        assertEquals(2, second.size());
        assertArrayEquals(new long[] {T0 + 15_000}, second.get(1).timestampsMs());
        assertArrayEquals(new double[] {0.632513}, second.get(1).values());
    }

    @Test
    void shardsSplitTheSeriesAndCutTheirSamplesIntoRequests() {
        Payload p = PayloadGenerator.build(new PayloadParams(10, 4, 3, 2, 7, T0, 15_000));

        assertArrayEquals(new int[] {4, 4, 4, 3}, p.samples().get(0));
        assertArrayEquals(new int[] {4, 4, 4, 3}, p.samples().get(1));
        assertEquals(8, p.requests());
        assertEquals(30, p.samplesTotal());
        Map<SeriesKey, List<Long>> shard0 = samplesBySeries(p.shards().get(0), new HashMap<>());
        assertEquals(5, shard0.size());
        for (int i = 0; i < 10; i += 2) {
            assertEquals(3, shard0.get(new SyntheticSeries(10, 7).key(i)).size(), "series " + i + " in shard 0");
        }
    }

    @Test
    void valuesDoNotDependOnSharding() {
        Payload one = PayloadGenerator.build(new PayloadParams(40, 25, 6, 1, 3, T0, 15_000));
        Payload three = PayloadGenerator.build(new PayloadParams(40, 25, 6, 3, 3, T0, 15_000));

        Map<SeriesKey, List<Double>> a = valuesBySeries(one);
        Map<SeriesKey, List<Double>> b = valuesBySeries(three);
        assertEquals(40, a.size());
        assertEquals(a, b);
    }

    @Test
    void theSameSeedGivesTheSameBytes() {
        PayloadParams params = new PayloadParams(100, 30, 5, 3, 11, T0, 15_000);
        Payload a = PayloadGenerator.build(params);
        Payload b = PayloadGenerator.build(params);
        for (int s = 0; s < 3; s++) {
            for (int k = 0; k < a.shards().get(s).size(); k++) {
                assertArrayEquals(a.shards().get(s).get(k), b.shards().get(s).get(k), "shard " + s + " request " + k);
            }
        }
        Payload other = PayloadGenerator.build(new PayloadParams(100, 30, 5, 3, 12, T0, 15_000));
        assertTrue(!valuesBySeries(a).equals(valuesBySeries(other)), "another seed gives other values");
    }

    @Test
    void countersNeverDecreaseAndTimestampsAdvanceByTheStep() {
        Payload p = PayloadGenerator.build(new PayloadParams(16, 16, 50, 1, 5, T0, 15_000));
        Map<SeriesKey, List<Long>> times = samplesBySeries(p.shards().get(0), new HashMap<>());
        Map<SeriesKey, List<Double>> values = valuesBySeries(p);
        for (int i = 0; i < 16; i++) {
            SeriesKey key = new SyntheticSeries(16, 5).key(i);
            List<Long> ts = times.get(key);
            assertEquals(50, ts.size());
            long offset = i / SyntheticSeries.METRICS * 7_919L % 15_000;
            for (int r = 0; r < 50; r++) {
                assertEquals(T0 + offset + r * 15_000L, ts.get(r), key + " scrape " + r);
            }
            List<Double> v = values.get(key);
            for (int r = 1; r < 50; r++) {
                if (SyntheticSeries.isCounter(i)) {
                    assertTrue(v.get(r) >= v.get(r - 1), key + " decreased at scrape " + r);
                }
                assertTrue(Double.isFinite(v.get(r)) && v.get(r) >= 0, key + " value " + v.get(r));
            }
            assertEquals(SyntheticSeries.isCounter(i), key.metric().endsWith("_total"), key.toString());
        }
    }

    @Test
    void paramsAreValidated() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PayloadParams(10, 0, 1, 1, 1, T0, 15_000));
        assertEquals("samplesPerRequest must be >= 1, was 0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new PayloadParams(4, 10, 1, 5, 1, T0, 15_000));
        assertEquals("shards must be in 1..4 (the series), was 5", e.getMessage());
        assertEquals(240, PayloadParams.roundsWithin(4_000_000, 10_000, 240));
        assertEquals(40, PayloadParams.roundsWithin(4_000_000, 100_000, 240));
        assertEquals(1, PayloadParams.roundsWithin(10, 100_000, 240));
        // T0 is 5 s past a 15 s boundary, so the last scrape is at T0 + 10 s
        assertEquals(T0 + 10_000 - 9 * 15_000, PayloadParams.startEndingAt(T0 + 14_999, 10, 15_000));
    }

    private static List<SeriesSamples> decode(byte[] body) {
        return DECODER.decode(body).batch().series();
    }

    private static Map<SeriesKey, List<Long>> samplesBySeries(List<byte[]> bodies, Map<SeriesKey, List<Long>> into) {
        for (byte[] body : bodies) {
            for (SeriesSamples s : decode(body)) {
                for (long t : s.timestampsMs()) {
                    into.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(t);
                }
            }
        }
        return into;
    }

    private static Map<SeriesKey, List<Double>> valuesBySeries(Payload p) {
        Map<SeriesKey, List<Double>> out = new HashMap<>();
        for (List<byte[]> shard : p.shards()) {
            for (byte[] body : shard) {
                for (SeriesSamples s : decode(body)) {
                    for (double v : s.values()) {
                        out.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(v);
                    }
                }
            }
        }
        return out;
    }
}
