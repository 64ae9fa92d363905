package io.faultline.training.fit.report;

/** What a scorer expected at one point and the band outside which the point would be flagged. */
public record Band(double expected, double lower, double upper) {
}
