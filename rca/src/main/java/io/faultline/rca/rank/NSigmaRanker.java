package io.faultline.rca.rank;

import io.faultline.rca.RankedCause;
import io.faultline.rca.RcaCase;

import java.util.List;

/**
 * N-Sigma, the z-score baseline of RCAEval (Pham et al., RCAEval, WWW 2025 companion;
 * {@code nsigma} in {@code RCAEval/e2e/__init__.py}) and of the BARO paper (Pham, Ha and Zhang,
 * FSE 2024): each metric is scaled by the mean and population standard deviation of its normal part
 * (the rows before the onset) and scored by its largest scaled value after the onset; metrics are
 * ranked by score and each component takes the position of its best metric. Windows, dropped columns,
 * gap filling and unit conversion follow {@link RcaEvalPreprocessing}. Unlike BARO's median and IQR,
 * the mean and deviation absorb whatever part of the fault falls before a late onset, which is why
 * N-Sigma collapses when the fault time is given late. The service graph is not used. Stateless and
 * thread-safe.
 */
public final class NSigmaRanker implements MetricRanker {
    public static final String NAME = "nsigma";

    private final NSigmaParams params;
    private final MetricScoring scoring;
    private final MetricRankedCauses causes;

    public NSigmaRanker(NSigmaParams params) {
        if (params == null) {
            throw new IllegalArgumentException("params are required");
        }
        this.params = params;
        this.scoring = new MetricScoring(params.preprocessing(), ColumnScaler.STANDARD);
        this.causes = new MetricRankedCauses(params.maxEvidence());
    }

    @Override
    public String name() {
        return NAME;
    }

    public NSigmaParams params() {
        return params;
    }

    @Override
    public List<ScoredMetric> rankMetrics(RcaCase rcaCase) {
        return scoring.score(rcaCase);
    }

    @Override
    public List<RankedCause> rank(RcaCase rcaCase) {
        return causes.of(rankMetrics(rcaCase));
    }
}
