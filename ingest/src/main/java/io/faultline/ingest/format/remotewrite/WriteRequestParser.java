package io.faultline.ingest.format.remotewrite;

import static io.faultline.ingest.format.protobuf.ProtoReader.FIXED64;
import static io.faultline.ingest.format.protobuf.ProtoReader.LEN;
import static io.faultline.ingest.format.protobuf.ProtoReader.VARINT;

import io.faultline.ingest.StaleMarker;
import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.format.protobuf.ProtoReader;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * One decoding of a {@code prometheus.WriteRequest} (remote_write 1.0, prometheus/prompb/remote.proto and
 * types.proto): {@code timeseries = 1} of {@code labels = 1 {name = 1, value = 2}}, {@code samples = 2
 * {value = 1 double, timestamp = 2 int64 ms}}, {@code exemplars = 3}, {@code histograms = 4}; {@code metadata
 * = 3} is skipped, like any unknown field. Samples go straight from the wire into reused primitive columns.
 * See {@link RemoteWriteDecoder} for the rules. Not reusable.
 */
final class WriteRequestParser {
    /** The tag of {@code TimeSeries.labels}: field 1, length-delimited. */
    private static final byte LABEL_TAG = 1 << 3 | LEN;
    /** How the wire reader names this schema in its faults. */
    static final String PROTOCOL = "remote_write";

    private final ProtoReader r;
    private final IngestLimits limits;
    private final SeriesKeyCache cache;
    private final LabelSet labels;
    private final SeriesColumns columns = new SeriesColumns();
    private final int[] dropped = new int[DropReason.values().length];
    private long[] ts = new long[64];
    private double[] vs = new double[64];
    private int n;
    private int series;
    private int samples;
    private int exemplars;

    WriteRequestParser(byte[] message, int offset, int length, IngestLimits limits, SeriesKeyCache cache) {
        this.r = new ProtoReader(message, offset, length, PROTOCOL);
        this.limits = limits;
        this.cache = cache;
        this.labels = new LabelSet(limits);
    }

    DecodedWrite parse() {
        while (r.more()) {
            int at = r.position();
            int tag = r.readTag();
            if (tag >>> 3 == 1) {
                expect(tag, LEN, at, "WriteRequest.timeseries (field 1)", false);
                int length = r.readLength();
                if (series == limits.maxSeriesPerRequest()) {
                    throw new InvalidInputException(where() + ": more than " + limits.maxSeriesPerRequest()
                            + " series in one request (limit ingest.maxSeriesPerRequest), at byte " + at);
                }
                int outer = r.pushLimit(length);
                timeSeries(at);
                r.popLimit(outer);
                series++;
            } else {
                r.skip(tag & 7); // metadata = 3, and fields of later protocol versions
            }
        }
        var batch = columns.toBatch();
        dropped[DropReason.DUPLICATE_TIMESTAMP.ordinal()] += columns.duplicates();
        Map<DropReason, Integer> byReason = new EnumMap<>(DropReason.class);
        for (DropReason reason : DropReason.values()) {
            byReason.put(reason, dropped[reason.ordinal()]);
        }
        return new DecodedWrite(batch, byReason, columns.reordered(), exemplars);
    }

    private void timeSeries(int start) {
        labels.clear();
        n = 0;
        SeriesKey cached = null;
        int runStart = -1;
        int runEnd = -1;
        boolean cacheable = true;
        while (r.more()) {
            int at = r.position();
            if (runStart < 0 && r.buffer()[at] == LABEL_TAG) {
                runStart = at;
                runEnd = r.runEnd(1);
                cached = runEnd > runStart ? cache.get(r.buffer(), runStart, runEnd) : null;
                if (cached != null) {
                    r.jumpTo(runEnd);
                    continue;
                }
            }
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> {
                    expect(tag, LEN, at, ".labels (field 1)", true);
                    if (runStart < 0) { // a label whose tag is not the usual single byte: no run, no cache
                        runStart = at;
                        runEnd = at;
                    }
                    if (at >= runEnd) { // labels apart from the first run: decode them all, cache nothing
                        cacheable = false;
                        if (cached != null) {
                            labelRun(runStart, runEnd);
                            cached = null;
                        }
                    }
                    int outer = r.pushLimit(r.readLength());
                    label(r, at);
                    r.popLimit(outer);
                }
                case 2 -> {
                    expect(tag, LEN, at, ".samples (field 2)", true);
                    int outer = r.pushLimit(r.readLength());
                    sample(at);
                    r.popLimit(outer);
                }
                case 3 -> {
                    expect(tag, LEN, at, ".exemplars (field 3)", true);
                    r.skip(LEN);
                    exemplars++;
                }
                case 4 -> {
                    expect(tag, LEN, at, ".histograms (field 4)", true);
                    r.skip(LEN);
                    dropped[DropReason.NATIVE_HISTOGRAM.ordinal()]++;
                }
                default -> r.skip(tag & 7);
            }
        }
        SeriesKey key = cached;
        if (key == null) {
            key = labels.toKey(series, start);
            if (cacheable && runEnd > runStart) {
                cache.put(r.buffer(), runStart, runEnd, key);
            }
        }
        if (n > 0) {
            columns.add(key, ts, vs, n);
        }
    }

    /** Decodes the labels of a run that was skipped on a cache hit. */
    private void labelRun(int from, int to) {
        ProtoReader run = new ProtoReader(r.buffer(), from, to - from, PROTOCOL);
        while (run.more()) {
            int at = run.position();
            run.readTag();
            int outer = run.pushLimit(run.readLength());
            label(run, at);
            run.popLimit(outer);
        }
    }

    private void label(ProtoReader r, int start) {
        String name = null;
        String value = "";
        while (r.more()) {
            int at = r.position();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> {
                    expect(tag, LEN, at, " label name (field 1)", true);
                    name = r.readString();
                }
                case 2 -> {
                    expect(tag, LEN, at, " label value (field 2)", true);
                    value = r.readString();
                }
                default -> r.skip(tag & 7);
            }
        }
        if (name == null || name.isEmpty()) {
            throw new InvalidInputException(where() + ": a label has no name, at byte " + start);
        }
        labels.add(name, value, series, start);
    }

    private void sample(int start) {
        long bits = 0; // proto3 leaves out zero values: an absent value is 0.0, an absent timestamp 0
        long timestamp = 0;
        while (r.more()) {
            int at = r.position();
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> {
                    expect(tag, FIXED64, at, " sample value (field 1)", true);
                    bits = r.readFixed64();
                }
                case 2 -> {
                    expect(tag, VARINT, at, " sample timestamp (field 2)", true);
                    timestamp = r.readVarint();
                }
                default -> r.skip(tag & 7);
            }
        }
        if (++samples > limits.maxSamplesPerRequest()) {
            throw new InvalidInputException(where() + ": more than " + limits.maxSamplesPerRequest()
                    + " samples in one request (limit ingest.maxSamplesPerRequest), at byte " + start);
        }
        double value = Double.longBitsToDouble(bits);
        DropReason drop = null;
        if (bits == StaleMarker.BITS) {
            drop = DropReason.STALE_MARKER;
        } else if (Double.isNaN(value)) {
            drop = DropReason.NAN;
        } else if (Double.isInfinite(value)) {
            drop = DropReason.INFINITE;
        } else if (timestamp < limits.minTimestampMs() || timestamp > limits.maxTimestampMs()) {
            drop = DropReason.TIMESTAMP_OUT_OF_RANGE;
        }
        if (drop != null) {
            dropped[drop.ordinal()]++;
            return;
        }
        if (n == ts.length) {
            ts = Arrays.copyOf(ts, n * 2);
            vs = Arrays.copyOf(vs, n * 2);
        }
        ts[n] = timestamp;
        vs[n] = value;
        n++;
    }

    /** Checks the wire type of a known field; the message is only built when it is wrong. */
    private void expect(int tag, int wireType, int at, String field, boolean inSeries) {
        if ((tag & 7) != wireType) {
            throw ProtoReader.wrongWireType(at, tag & 7, wireType, (inSeries ? where() : "") + field);
        }
    }

    private String where() {
        return "timeseries[" + series + "]";
    }
}
