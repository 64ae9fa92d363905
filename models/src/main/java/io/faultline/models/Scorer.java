package io.faultline.models;

/**
 * Scores one series as it streams, one point at a time, in time order. A scorer scores a point
 * before it learns from it: it never sees the future of the point it scores. Not thread-safe.
 */
public interface Scorer {

    ScoredPoint score(long timestampMs, double value);
}
