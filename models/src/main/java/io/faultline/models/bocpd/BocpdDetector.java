package io.faultline.models.bocpd;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.TrainingProvenance;
import java.util.Objects;

/**
 * Bayesian online change-point detection: Adams and MacKay, "Bayesian Online Changepoint
 * Detection", arXiv:0710.3742 (2007), with a constant hazard 1 / hazardLambda and a Gaussian of
 * unknown mean and precision under a Normal-Gamma prior, so each run predicts with a Student-t.
 * The run-length posterior is truncated to the most probable {@code maxRunLengths} hypotheses
 * (see {@link RunLengthPosterior}), so each point costs O(maxRunLengths).
 *
 * <p>A point is scored before it is learned, by how improbable it is under the posterior
 * predictive: the posterior-weighted two-sided tail probability of the runs' Student-t
 * predictives, expressed as a standard-normal z. A point right after a change is improbable under
 * the long run that held most of the mass and scores high; once the short runs take over the mass
 * the new level scores low, so a level shift is flagged at its onset rather than for as long as it
 * lasts.
 *
 * <p>Fitting runs the recursion over the finite history and keeps the resulting posterior, which
 * primes every scorer. Deterministic: the seed is 0.
 */
public final class BocpdDetector implements Detector {
    public static final String NAME = "bocpd";

    private final BocpdParams params;

    public BocpdDetector(BocpdParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public BocpdParams params() {
        return params;
    }

    @Override
    public FittedDetector fit(SeriesSamples history) {
        RunLengthPosterior posterior = new RunLengthPosterior(params, BocpdState.empty());
        for (double value : history.values()) {
            if (Double.isFinite(value)) {
                posterior.observe(value);
            }
        }
        return new FittedBocpd(TrainingProvenance.of(NAME, params, history, 0L), params, posterior.toState());
    }
}
