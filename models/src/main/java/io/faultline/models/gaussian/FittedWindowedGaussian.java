package io.faultline.models.gaussian;

import io.faultline.models.FittedDetector;
import io.faultline.models.Provenance;
import io.faultline.models.Scorer;

/** A {@link WindowedGaussianDetector} primed with the window its history left. */
public record FittedWindowedGaussian(Provenance provenance, WindowedGaussianParams params, WindowedGaussianState state)
        implements FittedDetector {

    public FittedWindowedGaussian {
        if (provenance == null || params == null || state == null) {
            throw new IllegalArgumentException("provenance, params and state are required");
        }
        int held = state.window().length;
        int pending = state.pending().length;
        if (held > params.window()) {
            throw new IllegalArgumentException("state window holds " + held + " values, more than window=" + params.window());
        }
        if (pending > 0 && held < params.window()) {
            throw new IllegalArgumentException("state has " + pending + " pending values but its window is not full ("
                    + held + " of " + params.window() + ")");
        }
        if (pending >= params.step()) {
            throw new IllegalArgumentException("state has " + pending + " pending values, at least step=" + params.step());
        }
    }

    @Override
    public Scorer newScorer() {
        return new WindowedGaussianScorer(params, WindowedGaussianWindow.of(params, state));
    }
}
