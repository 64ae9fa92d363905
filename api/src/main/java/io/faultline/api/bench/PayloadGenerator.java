package io.faultline.api.bench;

import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.format.remotewrite.RemoteWriteEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the whole payload once, before anything is sent, so a run measures the server and not the
 * generator. Shard {@code s} owns series {@code i} with {@code i % shards == s}; its samples are taken
 * scrape by scrape (every series of the shard at one time, then the next scrape) and cut into requests of
 * {@code samplesPerRequest}, as Prometheus' queue manager sends a shard's queue: mostly one sample per
 * series per request, a series twice only when a request spans two scrapes. Each target's scrape time is
 * offset within the step (targets are not scraped at the same millisecond).
 */
public final class PayloadGenerator {
    private PayloadGenerator() {
    }

    public static Payload build(PayloadParams p) {
        SyntheticSeries catalogue = new SyntheticSeries(p.series(), p.seed());
        List<List<byte[]>> shards = new ArrayList<>();
        List<int[]> counts = new ArrayList<>();
        for (int s = 0; s < p.shards(); s++) {
            List<byte[]> bodies = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            RequestBuilder request = new RequestBuilder(catalogue, p.samplesPerRequest());
            for (int r = 0; r < p.rounds(); r++) {
                long scrape = p.startMs() + r * p.stepMs();
                for (int i = s; i < p.series(); i += p.shards()) {
                    request.add(i, scrape + offsetMs(i, p.stepMs()), catalogue.next(i));
                    if (request.full()) {
                        sizes.add(request.count());
                        bodies.add(request.encodeAndReset());
                    }
                }
            }
            if (request.count() > 0) {
                sizes.add(request.count());
                bodies.add(request.encodeAndReset());
            }
            shards.add(bodies);
            counts.add(sizes.stream().mapToInt(Integer::intValue).toArray());
        }
        return new Payload(p, shards, counts);
    }

    /** The target's scrape offset within the step, the same for all its metrics. */
    static long offsetMs(int series, long stepMs) {
        return (series / SyntheticSeries.METRICS * 7_919L) % stepMs;
    }

    /** One request's samples grouped by series in first-seen order. */
    private static final class RequestBuilder {
        private final SyntheticSeries catalogue;
        private final int capacity;
        private final int[] seriesOf;
        private final long[] times;
        private final double[] values;
        private int count;

        RequestBuilder(SyntheticSeries catalogue, int capacity) {
            this.catalogue = catalogue;
            this.capacity = capacity;
            this.seriesOf = new int[capacity];
            this.times = new long[capacity];
            this.values = new double[capacity];
        }

        void add(int series, long t, double v) {
            seriesOf[count] = series;
            times[count] = t;
            values[count] = v;
            count++;
        }

        boolean full() {
            return count == capacity;
        }

        int count() {
            return count;
        }

        byte[] encodeAndReset() {
            Map<Integer, List<Integer>> positions = new LinkedHashMap<>();
            for (int a = 0; a < count; a++) {
                positions.computeIfAbsent(seriesOf[a], k -> new ArrayList<>(2)).add(a);
            }
            List<SeriesSamples> grouped = new ArrayList<>(positions.size());
            for (Map.Entry<Integer, List<Integer>> e : positions.entrySet()) {
                List<Integer> at = e.getValue();
                long[] ts = new long[at.size()];
                double[] vs = new double[at.size()];
                for (int k = 0; k < ts.length; k++) {
                    ts[k] = times[at.get(k)];
                    vs[k] = values[at.get(k)];
                }
                grouped.add(new SeriesSamples(catalogue.key(e.getKey()), ts, vs));
            }
            count = 0;
            return RemoteWriteEncoder.encode(new SampleBatch(grouped));
        }
    }
}
