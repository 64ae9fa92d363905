package io.faultline.training.fit.report;

import java.util.List;

/**
 * Where the history came from.
 *
 * @param kind     {@code csv}, {@code store} or {@code prometheus}
 * @param name     the CSV file name, the name the caller gave the store, or the Prometheus URL
 * @param matchers the label matchers in Prometheus syntax, e.g. {@code service="cart"}; empty for all series
 * @param fromMs   the lower time bound (inclusive), or null when unbounded
 * @param toMs     the upper time bound (exclusive), or null when unbounded
 */
public record SourceReport(String kind, String name, List<String> matchers, Long fromMs, Long toMs) {
    public SourceReport {
        matchers = List.copyOf(matchers);
    }
}
