package io.faultline.api.recovery;

import io.faultline.api.pipeline.LivePipeline;

/**
 * Verifies against the live pipeline, in data time: a component has cleared once data has
 * arrived for at least {@code settleMs} after the action and no anomaly run of the component has
 * an anomalous point later than the action plus {@code settleMs} (the settling allows for pods
 * restarting and detectors lagging behind the change).
 */
public final class PipelineVerifier implements Verifier {
    private final LivePipeline pipeline;
    private final long settleMs;

    public PipelineVerifier(LivePipeline pipeline, long settleMs) {
        this.pipeline = pipeline;
        this.settleMs = settleMs;
    }

    @Override
    public long mark() {
        return pipeline.incidents().nowMs();
    }

    @Override
    public boolean cleared(String component, long mark) {
        long quietFrom = mark + settleMs;
        return pipeline.incidents().nowMs() >= quietFrom
                && pipeline.anomalies(quietFrom, Long.MAX_VALUE, component).isEmpty();
    }
}
