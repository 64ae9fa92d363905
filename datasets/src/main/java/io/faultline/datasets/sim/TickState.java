package io.faultline.datasets.sim;

/** The true (not yet measured) state of every component during one tick, indexed like the shop's profiles. */
final class TickState {
    final double[] rate;
    /** Probability that a request the component serves fails, as the component itself counts it. */
    final double[] failure;
    /** Probability that a call to the component fails as its callers see it (adds network time-outs). */
    final double[] seenFailure;
    final double[] utilisation;
    final double[] gcPressure;
    final double[] memoryBytes;
    final double[] cpu;
    final double[] latencyMs;
    final double[] retransmitsPerSecond;

    TickState(int components) {
        rate = new double[components];
        failure = new double[components];
        seenFailure = new double[components];
        utilisation = new double[components];
        gcPressure = new double[components];
        memoryBytes = new double[components];
        cpu = new double[components];
        latencyMs = new double[components];
        retransmitsPerSecond = new double[components];
    }
}
