package io.faultline.ingest.format;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SampleBatch;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads metric CSV files in the wide or the long format (see the shared format description): the long
 * format is recognised by its header {@code series,labels,time,value}, anything else is read as wide.
 * Files are UTF-8. Samples of each series come out sorted by time; a timestamp repeated in a series
 * with the same value is kept once, with a different value it is an error naming both lines. Every
 * error is an {@link InvalidInputException} naming the file and line, e.g.
 * {@code metrics.csv line 17: column "cpu{...}": value "x" is not a number}. Thread-safe.
 */
public final class CsvImporter {
    private final IngestLimits limits;

    public CsvImporter(IngestLimits limits) {
        if (limits == null) {
            throw new IllegalArgumentException("ingest limits are required");
        }
        this.limits = limits;
    }

    /** The whole file as one batch, within the per-request series and sample limits. */
    public SampleBatch read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file.getFileName() + " failed", e);
        }
    }

    /** Like {@link #read(Path)}; {@code sourceName} names the input in error messages. */
    public SampleBatch read(Reader reader, String sourceName) {
        SampleBatch[] result = new SampleBatch[1];
        parse(reader, sourceName, new CsvBatches(sourceName, limits.maxSamplesPerRequest(),
                limits.maxSeriesPerRequest(), true, batch -> result[0] = batch));
        return result[0];
    }

    /**
     * Imports a file of any size in batches of at most {@code maxSamplesPerBatch} samples. The whole file
     * is checked first, so a bad line fails the import before any batch reaches the sink; a failure of
     * the sink itself (a store error, or a timestamp that conflicts with an earlier batch) leaves the
     * batches before it delivered. Returns the number of samples delivered.
     */
    public long importBatches(Path file, int maxSamplesPerBatch, Consumer<SampleBatch> sink) {
        if (maxSamplesPerBatch < 1) {
            throw new IllegalArgumentException("maxSamplesPerBatch must be >= 1, was " + maxSamplesPerBatch);
        }
        importOnce(file, maxSamplesPerBatch, batch -> { });
        return importOnce(file, maxSamplesPerBatch, sink);
    }

    /** Streams a reader in batches, in one pass: a bad line fails after the batches before it were delivered. */
    public long importBatches(Reader reader, String sourceName, int maxSamplesPerBatch, Consumer<SampleBatch> sink) {
        if (maxSamplesPerBatch < 1) {
            throw new IllegalArgumentException("maxSamplesPerBatch must be >= 1, was " + maxSamplesPerBatch);
        }
        return parse(reader, sourceName, new CsvBatches(sourceName, maxSamplesPerBatch, Integer.MAX_VALUE, false, sink));
    }

    private long importOnce(Path file, int maxSamplesPerBatch, Consumer<SampleBatch> sink) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importBatches(reader, file.getFileName().toString(), maxSamplesPerBatch, sink);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file.getFileName() + " failed", e);
        }
    }

    private long parse(Reader reader, String sourceName, CsvBatches batches) {
        CsvRecordReader records = new CsvRecordReader(reader, sourceName);
        try {
            List<String> header = records.next();
            if (header == null) {
                throw new InvalidInputException(sourceName + ": file is empty, expected a header line");
            }
            if (LongCsvReader.isHeader(header)) {
                LongCsvReader.read(records, limits, batches);
            } else {
                WideCsvReader.read(records, header, limits, batches);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + sourceName + " failed", e);
        }
        return batches.finish();
    }
}
