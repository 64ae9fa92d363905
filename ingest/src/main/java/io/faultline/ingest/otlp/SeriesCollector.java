package io.faultline.ingest.otlp;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.format.TimeOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the samples of a request by series, enforcing the request-wide limits (series and samples
 * per request: past them the whole request is refused), then hands them out sorted by time. Two
 * samples of one series at one millisecond are kept once when their values are equal; otherwise the
 * later point is a conflict, reported by its path and left out.
 */
final class SeriesCollector {
    record Built(SampleBatch batch, List<String> conflicts) {
    }

    private static final class Buffer {
        long[] ts = new long[4];
        double[] values = new double[4];
        String[] origins = new String[4];
        int size;

        void add(long t, double v, String origin) {
            if (size == ts.length) {
                ts = Arrays.copyOf(ts, size * 2);
                values = Arrays.copyOf(values, size * 2);
                origins = Arrays.copyOf(origins, size * 2);
            }
            ts[size] = t;
            values[size] = v;
            origins[size++] = origin;
        }
    }

    private final IngestLimits limits;
    private final Map<SeriesKey, Buffer> series = new LinkedHashMap<>();
    private int samples;

    SeriesCollector(IngestLimits limits) {
        this.limits = limits;
    }

    void add(SeriesKey key, long timestampMs, double value, String origin) {
        if (++samples > limits.maxSamplesPerRequest()) {
            throw new InvalidInputException(origin + ": more than " + limits.maxSamplesPerRequest()
                    + " samples in one request");
        }
        Buffer buffer = series.get(key);
        if (buffer == null) {
            if (series.size() >= limits.maxSeriesPerRequest()) {
                throw new InvalidInputException(origin + ": more than " + limits.maxSeriesPerRequest()
                        + " series in one request");
            }
            buffer = new Buffer();
            series.put(key, buffer);
        }
        buffer.add(timestampMs, value, origin);
    }

    Built build() {
        List<SeriesSamples> out = new ArrayList<>(series.size());
        Set<String> conflicts = new LinkedHashSet<>();
        series.forEach((key, b) -> out.add(TimeOrder.sortedUnique(key, b.ts, b.values, b.size, (kept, later) -> {
            if (Double.doubleToRawLongBits(b.values[kept]) != Double.doubleToRawLongBits(b.values[later])) {
                conflicts.add(b.origins[later] + ": series " + key + " already has another value at " + b.ts[later] + " ms");
            }
        })));
        return new Built(new SampleBatch(out), List.copyOf(conflicts));
    }
}
