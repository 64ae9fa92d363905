package io.faultline.ingest.format;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Gathers the samples read from a CSV file into batches of bounded size. When a batch is full it is
 * either handed to the sink and a new one begun, or (when reading a file as one batch) an error.
 * Origins of samples are line numbers, so a conflicting duplicate names both lines.
 */
final class CsvBatches {
    private final String source;
    private final int maxSamples;
    private final int maxSeries;
    private final boolean failWhenFull;
    private final Consumer<SampleBatch> sink;
    private Map<SeriesKey, SeriesBuffer> buffers = new LinkedHashMap<>();
    private int samples;
    private int generation;
    private long total;

    CsvBatches(String source, int maxSamples, int maxSeries, boolean failWhenFull, Consumer<SampleBatch> sink) {
        this.source = source;
        this.maxSamples = maxSamples;
        this.maxSeries = maxSeries;
        this.failWhenFull = failWhenFull;
        this.sink = sink;
    }

    /** The buffer of a series in the current batch; valid until {@link #generation()} changes. */
    SeriesBuffer buffer(SeriesKey key, int line) {
        SeriesBuffer buffer = buffers.get(key);
        if (buffer == null) {
            if (buffers.size() >= maxSeries) {
                throw new InvalidInputException(source + " line " + line + ": more than " + maxSeries
                        + " series in one batch");
            }
            buffer = new SeriesBuffer();
            buffers.put(key, buffer);
        }
        return buffer;
    }

    /** Counts one added sample; may complete the batch, which starts a new generation of buffers. */
    void added(int line) {
        samples++;
        total++;
        if (failWhenFull && samples > maxSamples) {
            throw new InvalidInputException(source + " line " + line + ": more than " + maxSamples
                    + " samples in one batch; import the file in batches");
        }
        if (!failWhenFull && samples >= maxSamples) {
            flush();
        }
    }

    /** Increases each time a batch is handed to the sink. */
    int generation() {
        return generation;
    }

    /** Hands the last, partial batch to the sink (an empty one only when the file had no samples). */
    long finish() {
        if (samples > 0 || generation == 0) {
            flush();
        }
        return total;
    }

    private void flush() {
        List<SeriesSamples> series = new ArrayList<>(buffers.size());
        for (Map.Entry<SeriesKey, SeriesBuffer> e : buffers.entrySet()) {
            SeriesKey key = e.getKey();
            series.add(e.getValue().toSamples(key, (ts, first, later) -> new InvalidInputException(source
                    + " line " + later + ": series " + key + " has time " + ts
                    + " again with a different value (first at line " + first + ")")));
        }
        buffers = new LinkedHashMap<>();
        samples = 0;
        generation++;
        sink.accept(new SampleBatch(series));
    }
}
