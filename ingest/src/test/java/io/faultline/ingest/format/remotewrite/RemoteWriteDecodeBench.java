package io.faultline.ingest.format.remotewrite;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A quick decode-throughput measurement (snappy + protobuf into the columnar batch), not a test and not JMH:
 * run by hand, once, with {@code java -cp <test and main classes + snappy-java> ...RemoteWriteDecodeBench}.
 * Prints one JSON line per request shape: 1 sample per series (what Prometheus sends) and 100; samples per
 * wall-clock second and per CPU second of the decoding thread (the honest figure on a shared machine).
 */
public final class RemoteWriteDecodeBench {
    private RemoteWriteDecodeBench() {
    }

    public static void main(String[] args) {
        RemoteWriteDecoder decoder = new RemoteWriteDecoder(IngestLimits.DEFAULTS, 64L << 20);
        run(decoder, 2000, 1);
        run(decoder, 100, 100);
    }

    private static void run(RemoteWriteDecoder decoder, int series, int samplesPerSeries) {
        Random random = new Random(42);
        List<byte[]> bodies = new ArrayList<>();
        long t0 = 1_700_000_000_000L;
        for (int r = 0; r < 16; r++) {
            List<SeriesSamples> list = new ArrayList<>();
            for (int s = 0; s < series; s++) {
                SeriesKey key = SeriesKey.of("http_server_requests_seconds_count", "job", "bench", "instance",
                        "10.0.0." + (s % 250) + ":9100", "service", "svc-" + (s % 40), "method", "GET",
                        "route", "/api/v1/items/" + s, "status", "200");
                long[] ts = new long[samplesPerSeries];
                double[] vs = new double[samplesPerSeries];
                for (int i = 0; i < samplesPerSeries; i++) {
                    ts[i] = t0 + (long) (r * samplesPerSeries + i) * 15_000;
                    vs[i] = random.nextDouble() * 1000;
                }
                list.add(new SeriesSamples(key, ts, vs));
            }
            bodies.add(RemoteWriteEncoder.encode(new SampleBatch(list)));
        }
        long samples = 0;
        long sink = 0;
        long warmupEnd = System.nanoTime() + 5_000_000_000L;
        for (int i = 0; System.nanoTime() < warmupEnd; i++) {
            sink += decoder.decode(bodies.get(i % bodies.size())).batch().series().size();
        }
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + 10_000_000_000L;
        int requests = 0;
        while (System.nanoTime() < end) {
            samples += decoder.decode(bodies.get(requests % bodies.size())).batch().sampleCount();
            requests++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        System.out.printf("{\"series_per_request\":%d,\"samples_per_series\":%d,\"compressed_bytes\":%d,"
                        + "\"requests\":%d,\"seconds\":%.2f,\"cpu_seconds\":%.2f,\"samples_per_second\":%.0f,"
                        + "\"samples_per_cpu_second\":%.0f,\"sink\":%d}%n",
                series, samplesPerSeries, bodies.get(0).length, requests, seconds, cpuSeconds, samples / seconds,
                samples / cpuSeconds, sink % 10);
    }
}
