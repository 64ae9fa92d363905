package io.faultline.rca;

import io.faultline.ingest.SeriesKey;

import java.util.List;
import java.util.Locale;

/**
 * Reads what a metric measures from its name, by the shared name patterns: cpu -> CPU; mem ->
 * MEMORY; latency|duration -> LATENCY; error|fail -> ERRORS;
 * request_rate|requests|rps|qps|throughput -> TRAFFIC; disk -> DISK;
 * network|retransmit|packet|tcp -> NETWORK; anything else OTHER. Matching is on lower-cased
 * substrings and the first pattern in that order wins, so {@code request_latency_ms} is LATENCY
 * and {@code http_requests_failed_total} is ERRORS. Short abbreviations match only as whole
 * {@code _}/{@code .}/{@code -}-separated words, as RCAEval's Sock Shop columns spell them:
 * {@code lat} (e.g. {@code lat_90}) -> LATENCY, {@code lod} (load) -> TRAFFIC. Availability and
 * success ratios are ERRORS read the other way round: see {@link #higherIsBetter(String)}.
 */
public final class SignalKinds {

    private record Pattern(SignalKind kind, List<String> fragments) {
    }

    private static final List<Pattern> PATTERNS = List.of(
            new Pattern(SignalKind.CPU, List.of("cpu")),
            new Pattern(SignalKind.MEMORY, List.of("mem")),
            new Pattern(SignalKind.LATENCY, List.of("latency", "duration")),
            new Pattern(SignalKind.ERRORS, List.of("error", "fail", "availability", "success")),
            new Pattern(SignalKind.TRAFFIC, List.of("request_rate", "requests", "rps", "qps", "throughput")),
            new Pattern(SignalKind.DISK, List.of("disk")),
            new Pattern(SignalKind.NETWORK, List.of("network", "retransmit", "packet", "tcp")));

    /** Whole words that name a kind when they stand alone. */
    private static final List<Pattern> WORDS = List.of(
            new Pattern(SignalKind.LATENCY, List.of("lat")),
            new Pattern(SignalKind.TRAFFIC, List.of("lod")));

    /** Fragments of metrics whose fall, not rise, is the fault: availability, success ratios. */
    private static final List<String> HIGHER_IS_BETTER = List.of("availability", "success");

    private SignalKinds() {
    }

    /**
     * Whether a fall of this metric is what a fault does (an availability or success ratio): its
     * kind is ERRORS, and rankers read its drops as others' rises.
     */
    public static boolean higherIsBetter(String metricName) {
        if (metricName == null) {
            throw new IllegalArgumentException("metric name is required");
        }
        String name = metricName.toLowerCase(Locale.ROOT);
        return HIGHER_IS_BETTER.stream().anyMatch(name::contains);
    }

    /** The signal kind of a series, read from its metric name (labels are not consulted). */
    public static SignalKind of(SeriesKey series) {
        return of(series.metric());
    }

    /** The signal kind of a metric name; OTHER when no pattern matches. */
    public static SignalKind of(String metricName) {
        if (metricName == null) {
            throw new IllegalArgumentException("metric name is required");
        }
        String name = metricName.toLowerCase(Locale.ROOT);
        for (Pattern p : PATTERNS) {
            for (String fragment : p.fragments()) {
                if (name.contains(fragment)) {
                    return p.kind();
                }
            }
        }
        List<String> words = List.of(name.split("[_.\\-]"));
        for (Pattern p : WORDS) {
            for (String word : p.fragments()) {
                if (words.contains(word)) {
                    return p.kind();
                }
            }
        }
        return SignalKind.OTHER;
    }
}
