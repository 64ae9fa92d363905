package io.faultline.datasets.sim;

/**
 * One caller-to-callee dependency and how load, latency and failures cross it.
 *
 * @param caller           the component that sends the requests
 * @param callee           the component that serves them
 * @param callsPerRequest  callee requests per caller request, on average (the fan-out; below 1 when only some
 *                         of the caller's requests need the callee)
 * @param latencyWeight    how much of the callee's p90 latency lands on the caller's p90: above 1 for
 *                         sequential repeated calls, below 1 for parallel, asynchronous or rarely taken calls
 * @param errorPropagation share of failed callee requests that fail the caller's request too (the rest are
 *                         absorbed by fallbacks, caches or retries)
 */
public record CallSpec(String caller, String callee, double callsPerRequest, double latencyWeight,
                       double errorPropagation) {
    public CallSpec {
        if (caller == null || callee == null) {
            throw new IllegalArgumentException("call needs a caller and a callee, was " + caller + " -> " + callee);
        }
        String owner = caller + " -> " + callee;
        ComponentProfile.requireRange(owner, "callsPerRequest", callsPerRequest, 1e-4, 100);
        ComponentProfile.requireRange(owner, "latencyWeight", latencyWeight, 0, 10);
        ComponentProfile.requireRange(owner, "errorPropagation", errorPropagation, 0, 1);
    }

    /** The share of the caller's requests that fail when every call to the callee fails. */
    double errorWeight() {
        return Math.min(1.0, callsPerRequest) * errorPropagation;
    }
}
