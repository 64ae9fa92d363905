package io.faultline.rca.rank;

import io.faultline.rca.RankedCause;
import io.faultline.rca.RcaCase;

import java.util.List;

/**
 * BARO's root-cause ranking (Pham, Ha and Zhang, "BARO: Robust Root Cause Analysis for Microservices
 * via Multivariate Bayesian Online Change Point Detection", FSE 2024), as RCAEval runs it with a known
 * or shifted fault time (Pham et al., RCAEval, WWW 2025 companion; {@code RCAEval/e2e/baro.py}): each
 * metric is scaled by the median and interquartile range of its normal part (the rows before the onset)
 * and scored by its largest scaled value after the onset; metrics are ranked by score and each component
 * takes the position of its best metric. Windows, dropped columns, gap filling and unit conversion
 * follow {@link RcaEvalPreprocessing}. BARO's own change-point detection, which finds the onset, is
 * not part of this class: the onset comes with the case. The service graph is not used. Stateless and
 * thread-safe.
 */
public final class BaroRanker implements MetricRanker {
    public static final String NAME = "baro";

    private final BaroParams params;
    private final MetricScoring scoring;
    private final MetricRankedCauses causes;

    public BaroRanker(BaroParams params) {
        if (params == null) {
            throw new IllegalArgumentException("params are required");
        }
        this.params = params;
        this.scoring = new MetricScoring(params.preprocessing(), ColumnScaler.ROBUST);
        this.causes = new MetricRankedCauses(params.maxEvidence());
    }

    @Override
    public String name() {
        return NAME;
    }

    public BaroParams params() {
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
