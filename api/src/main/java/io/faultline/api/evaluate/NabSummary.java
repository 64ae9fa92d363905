package io.faultline.api.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.api.Json;
import io.faultline.training.nab.NabCategoryScore;
import io.faultline.training.nab.NabProfileScore;
import io.faultline.training.nab.NabReport;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON summary of one {@link NabRun}. Maps are keyed by NAB's profile names
 * ({@code standard}, {@code reward_low_FP_rate}, {@code reward_low_FN_rate}) in the corpus' order;
 * an undefined score (a category without windows) is null.
 *
 * @param scores normalised NAB score per profile, each at its corpus-wide best threshold
 * @param thresholds those thresholds, on the mapped [0, 1] scale ({@link UnitScore})
 * @param ownThresholdScores normalised score per profile of the detector's own flags (label-free)
 * @param categories per category, the normalised score per profile at the corpus' thresholds
 */
public record NabSummary(String detector, JsonNode params, String scoreMap, Map<String, Double> scores,
        Map<String, Double> thresholds, Map<String, Double> ownThresholdScores,
        Map<String, Map<String, Double>> categories, int files, int rows, int threads,
        double elapsedSeconds, double detectSeconds, double pointsPerSecond) {

    public static final String SCORE_MAP = UnitScore.NAME;

    public static NabSummary of(NabRun run) {
        Map<String, Double> scores = new LinkedHashMap<>();
        Map<String, Double> thresholds = new LinkedHashMap<>();
        Map<String, Map<String, Double>> categories = new LinkedHashMap<>();
        for (NabProfileScore p : run.report().profiles()) {
            String profile = p.profile().name();
            scores.put(profile, finite(p.normalisedScore()));
            thresholds.put(profile, p.threshold());
            for (NabCategoryScore c : p.categories()) {
                categories.computeIfAbsent(c.category(), k -> new LinkedHashMap<>()).put(profile, finite(c.normalisedScore()));
            }
        }
        return new NabSummary(run.detector(), Json.mapper().valueToTree(run.params()), SCORE_MAP, scores, thresholds,
                normalised(run.ownThreshold()), categories, run.files().size(), run.rows(), run.threads(),
                round(run.elapsedSeconds()), round(run.detectNanos() / 1e9), Math.round(run.pointsPerSecond()));
    }

    /** The score of a profile, or NaN when there is none or it is undefined. */
    public double score(String profile) {
        Double v = scores.get(profile);
        return v == null ? Double.NaN : v;
    }

    private static Map<String, Double> normalised(NabReport report) {
        Map<String, Double> m = new LinkedHashMap<>();
        report.profiles().forEach(p -> m.put(p.profile().name(), finite(p.normalisedScore())));
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
