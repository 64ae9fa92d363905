package io.faultline.ingest.otlp;

import java.util.Arrays;

/**
 * The buckets of an OTLP exponential histogram point: at {@code scale}, bucket {@code i} of the
 * positive range holds values in {@code (base^i, base^(i+1)]} and of the negative range values in
 * {@code [-base^(i+1), -base^i)}, with {@code base = 2^(2^-scale)}; the zero bucket holds values in
 * {@code [-zeroThreshold, zeroThreshold]}. Counts are per bucket (not cumulative). This class lowers
 * the resolution ({@link #downscale}, as the OTel data model merges buckets), subtracts two points
 * of a cumulative series ({@link #since}), and lays the buckets out as explicit bounds for
 * {@link BucketQuantiles} ({@link #explicit}).
 */
record ExponentialBuckets(int scale, double zeroThreshold, long zeroCount,
                          int positiveOffset, long[] positive, int negativeOffset, long[] negative)
        implements HistogramBuckets {
    /** The scales the OTel data model allows. */
    static final int MIN_SCALE = -10;
    static final int MAX_SCALE = 20;
    /** More buckets per range than this (160 is the SDKs' default maximum) is refused. */
    static final int MAX_BUCKETS = 16_384;

    /** A scale the data model allows, a finite zero threshold, at most {@link #MAX_BUCKETS} a side, counts below 2^63. */
    @Override
    public String problem() {
        if (scale < MIN_SCALE || scale > MAX_SCALE) {
            return "scale " + scale + " is outside [" + MIN_SCALE + ", " + MAX_SCALE + "]";
        }
        if (!(zeroThreshold >= 0 && Double.isFinite(zeroThreshold))) {
            return "zeroThreshold " + zeroThreshold + " is not a finite number >= 0";
        }
        if (zeroCount < 0) {
            return "zeroCount is larger than 2^63-1";
        }
        String side = sideProblem("positive", positiveOffset, positive);
        return side != null ? side : sideProblem("negative", negativeOffset, negative);
    }

    private static String sideProblem(String side, long offset, long[] counts) {
        if (counts.length > MAX_BUCKETS) {
            return side + ": " + counts.length + " buckets, more than " + MAX_BUCKETS;
        }
        if (offset + counts.length > Integer.MAX_VALUE) {
            return side + ".offset " + offset + " is too large";
        }
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 0) {
                return side + ".bucketCounts[" + i + "] is larger than 2^63-1";
            }
        }
        return null;
    }

    /** The same observations at a coarser {@code scale} (each bucket merged with its 2^d neighbours). */
    ExponentialBuckets downscale(int to) {
        if (to > scale) {
            throw new IllegalArgumentException("cannot refine scale " + scale + " to " + to);
        }
        int d = scale - to;
        if (d == 0) {
            return this;
        }
        long[] pos = merge(positiveOffset, positive, d);
        long[] neg = merge(negativeOffset, negative, d);
        return new ExponentialBuckets(to, zeroThreshold, zeroCount, positive.length == 0 ? 0 : positiveOffset >> d, pos,
                negative.length == 0 ? 0 : negativeOffset >> d, neg);
    }

    private static long[] merge(int offset, long[] counts, int d) {
        if (counts.length == 0) {
            return counts;
        }
        int first = offset >> d;
        int last = (int) (((long) offset + counts.length - 1) >> d);
        long[] merged = new long[last - first + 1];
        for (int i = 0; i < counts.length; i++) {
            merged[(int) ((((long) offset + i) >> d) - first)] += counts[i];
        }
        return merged;
    }

    /**
     * The observations between {@code previous} and this point of the same cumulative series: the
     * difference bucket by bucket at the coarser of the two scales; this point itself (at that scale)
     * when any count went down (a reset); null when the zero thresholds differ (not comparable).
     */
    ExponentialBuckets since(ExponentialBuckets previous) {
        if (Double.compare(previous.zeroThreshold, zeroThreshold) != 0) {
            return null;
        }
        int common = Math.min(scale, previous.scale);
        ExponentialBuckets now = downscale(common);
        ExponentialBuckets before = previous.downscale(common);
        long zero = now.zeroCount - before.zeroCount;
        Range pos = Range.difference(now.positiveOffset, now.positive, before.positiveOffset, before.positive);
        Range neg = Range.difference(now.negativeOffset, now.negative, before.negativeOffset, before.negative);
        if (zero < 0 || pos == null || neg == null) {
            return now;
        }
        return new ExponentialBuckets(common, zeroThreshold, zero, pos.offset, pos.counts, neg.offset, neg.counts);
    }

    private record Range(int offset, long[] counts) {
        /** now - before over the union of both index ranges; null when a count went down. */
        static Range difference(int nowOffset, long[] now, int beforeOffset, long[] before) {
            if (before.length == 0) {
                return new Range(nowOffset, now);
            }
            if (now.length == 0) {
                return Arrays.stream(before).allMatch(c -> c == 0) ? new Range(0, now) : null;
            }
            int first = Math.min(nowOffset, beforeOffset);
            int end = (int) Math.max((long) nowOffset + now.length, (long) beforeOffset + before.length);
            long[] delta = new long[end - first];
            for (int i = 0; i < now.length; i++) {
                delta[nowOffset - first + i] += now[i];
            }
            for (int i = 0; i < before.length; i++) {
                delta[beforeOffset - first + i] -= before[i];
            }
            for (long c : delta) {
                if (c < 0) {
                    return null;
                }
            }
            return new Range(first, delta);
        }
    }

    /**
     * The buckets in ascending order as explicit upper bounds: the negative buckets from the most
     * negative, the zero bucket (from {@code -zeroThreshold}), the positive buckets (the first from
     * {@code base^offset}), then an empty open-ended bucket. Empty buckets are inserted where the ranges
     * do not touch, so interpolation stays inside each bucket's own range.
     */
    @Override
    public BucketCounts explicit() {
        Layout layout = new Layout(negative.length + positive.length + 5);
        for (int i = negative.length - 1; i >= 0; i--) {
            layout.add(-power(negativeOffset + i), negative[i]);
        }
        if (zeroThreshold > 0) {
            layout.add(-zeroThreshold, 0);
        }
        layout.add(zeroThreshold, zeroCount);
        if (positive.length > 0) {
            layout.add(power(positiveOffset), 0);
        }
        for (int i = 0; i < positive.length; i++) {
            layout.add(power(positiveOffset + i + 1), positive[i]);
        }
        return layout.done();
    }

    /** base^index = 2^(index * 2^-scale). */
    private double power(long index) {
        return Math.pow(2, Math.scalb((double) index, -scale));
    }

    private static final class Layout {
        final double[] bounds;
        final long[] counts;
        int n;

        Layout(int capacity) {
            bounds = new double[capacity];
            counts = new long[capacity + 1];
        }

        /** A bucket ending at {@code upper}; when that is not above the last bound, its count joins the last bucket. */
        void add(double upper, long count) {
            if (n > 0 && !(upper > bounds[n - 1])) {
                counts[n - 1] += count;
                return;
            }
            bounds[n] = upper;
            counts[n++] = count;
        }

        BucketCounts done() {
            return new BucketCounts(Arrays.copyOf(bounds, n), Arrays.copyOf(counts, n + 1));
        }
    }
}
