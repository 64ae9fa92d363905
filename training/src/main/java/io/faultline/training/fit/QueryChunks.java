package io.faultline.training.fit;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the steps {@code fromMs + k * stepMs < toMs} into {@code query_range} calls of at most
 * {@link #MAX_POINTS} steps each, under Prometheus' limit of 11,000 points per series per query.
 * Chunks do not overlap: each starts one step after the previous one ended.
 */
final class QueryChunks {
    /** Steps per query; Prometheus refuses more than 11,000, this leaves a margin. */
    static final int MAX_POINTS = 10_000;

    /** One {@code query_range} call: {@code start} and {@code end} inclusive, both on the step grid. */
    record Chunk(long startMs, long endMs) {
    }

    private QueryChunks() {
    }

    static List<Chunk> plan(TimeRange range, long stepMs, int maxPoints) {
        if (stepMs <= 0 || maxPoints < 1) {
            throw new IllegalArgumentException("step and points per query must be > 0, were " + stepMs + " and " + maxPoints);
        }
        long lastStep = range.fromMs() + (range.toMs() - 1 - range.fromMs()) / stepMs * stepMs;
        List<Chunk> chunks = new ArrayList<>();
        long span = (maxPoints - 1) * stepMs;
        for (long start = range.fromMs(); start <= lastStep; start += span + stepMs) {
            chunks.add(new Chunk(start, Math.min(lastStep, start + span)));
            if (lastStep - start <= span) {
                break;
            }
        }
        return chunks;
    }
}
