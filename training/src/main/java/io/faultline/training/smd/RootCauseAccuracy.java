package io.faultline.training.smd;

import io.faultline.datasets.smd.InterpretationSegment;
import java.util.List;

/**
 * How well per-dimension contributions point at the dimensions an operator marked for each labelled
 * anomaly ({@code interpretation_label}). For a segment with marked set G and the ranking R of all D
 * dimensions by {@link DimensionRanking} (mean contribution over the segment's rows):
 * <ul>
 *   <li><b>HitRate@P%</b> = |R[0, k) ∩ G| / |G| with k = min(D, floor(P |G| / 100)), P = 100 and 150:
 *   the interpretation accuracy of Su et al., "Robust Anomaly Detection for Multivariate Time Series
 *   through Stochastic Recurrent Neural Network" (OmniAnomaly, KDD 2019), borrowed from recommender
 *   systems. Averaged over segments.</li>
 *   <li><b>RC-Top3</b> = the share of segments with at least one marked dimension among R[0, 3), i.e.
 *   a per-segment hit@3, the AC@3 idea of service-level RCA benchmarks applied to dimensions.</li>
 * </ul>
 * Differences from published code worth knowing when comparing figures: OmniAnomaly scores every
 * detected anomalous <em>point</em>; TranAD's {@code hit_att} scores every labelled point and uses
 * {@code round} instead of {@code floor}; InterFusion (Li et al., KDD 2021) scores segments with its
 * own interpretation score. Here each labelled segment counts once, detected or not, with contributions
 * averaged over its rows, so the figure measures the ranking alone and long anomalies do not dominate it.
 *
 * @param segments    segments averaged over
 * @param hitRate100  mean HitRate@100%
 * @param hitRate150  mean HitRate@150%
 * @param rcTop3      share of segments with a marked dimension in the top 3
 */
public record RootCauseAccuracy(int segments, double hitRate100, double hitRate150, double rcTop3) {

    /**
     * @param segments      the labelled anomalies
     * @param contributions per scored test row, one contribution per dimension (higher = more to blame)
     * @throws IllegalArgumentException when there are no segments
     */
    public static RootCauseAccuracy of(List<InterpretationSegment> segments, double[][] contributions) {
        return of(segments, contributions, false);
    }

    /**
     * The same with each dimension ranked by its highest contribution over the segment's rows
     * ({@link DimensionRanking#maxOver}) instead of its mean.
     */
    public static RootCauseAccuracy ofPeak(List<InterpretationSegment> segments, double[][] contributions) {
        return of(segments, contributions, true);
    }

    private static RootCauseAccuracy of(List<InterpretationSegment> segments, double[][] contributions, boolean peak) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("no labelled segment: root-cause accuracy is undefined");
        }
        double h100 = 0;
        double h150 = 0;
        int top3 = 0;
        for (InterpretationSegment s : segments) {
            int[] ranking = DimensionRanking.rank(peak ? DimensionRanking.maxOver(s, contributions)
                    : DimensionRanking.meanOver(s, contributions));
            h100 += hitRate(ranking, s.dimensions(), 100);
            h150 += hitRate(ranking, s.dimensions(), 150);
            top3 += hits(ranking, s.dimensions(), 3) > 0 ? 1 : 0;
        }
        int n = segments.size();
        return new RootCauseAccuracy(n, h100 / n, h150 / n, (double) top3 / n);
    }

    /** HitRate@P% of one ranking: the share of {@code truth} among the top floor(P |truth| / 100). */
    public static double hitRate(int[] ranking, List<Integer> truth, int percent) {
        if (percent < 1) {
            throw new IllegalArgumentException("percent must be >= 1, was " + percent);
        }
        if (truth.isEmpty()) {
            throw new IllegalArgumentException("truth must not be empty");
        }
        return (double) hits(ranking, truth, percent * truth.size() / 100) / truth.size();
    }

    /** How many of the first {@code k} ranked dimensions (fewer when the ranking is shorter) are in {@code truth}. */
    public static int hits(int[] ranking, List<Integer> truth, int k) {
        int hits = 0;
        for (int i = 0; i < Math.min(k, ranking.length); i++) {
            hits += truth.contains(ranking[i]) ? 1 : 0;
        }
        return hits;
    }
}
