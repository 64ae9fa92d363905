package io.faultline.rca.rank;

import io.faultline.rca.RcaCase;
import io.faultline.rca.RootCauseRanker;

import java.util.List;

/**
 * A ranker that ranks metrics first and components by their best metric, as RCAEval's statistical
 * methods do; its metric ranking is what RCAEval scores, so evaluations at service level read the
 * service of each metric from its {@linkplain ScoredMetric#column() column name} (up to the first
 * {@code _}). The column name is the series' {@code column} label when it has one, as every series
 * loaded from a benchmark does, else {@code <component>_<metric>}.
 */
public interface MetricRanker extends RootCauseRanker {

    /** Every scored metric, most suspect first; empty when there is too little data to say anything. */
    List<ScoredMetric> rankMetrics(RcaCase rcaCase);
}
