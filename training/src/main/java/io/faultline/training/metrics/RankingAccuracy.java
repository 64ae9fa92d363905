package io.faultline.training.metrics;

import java.util.List;

/**
 * Accuracy of root-cause rankings as RCAEval reports it: AC@k is the share of cases whose true
 * root cause is among the top k of the ranking, and Avg@5 the mean of AC@1..AC@5 (Pham et al.,
 * "RCAEval: A Benchmark for Root Cause Analysis of Microservice Systems", WWW 2025 companion).
 * A case whose ranking is empty (nothing found) counts as a miss at every k.
 */
public record RankingAccuracy(int cases, double ac1, double ac2, double ac3, double ac4, double ac5, double avg5) {

    /** One case: the true root cause and the ranking, best first. */
    public record Case(String truth, List<String> ranking) {
        public Case {
            ranking = List.copyOf(ranking);
        }

        /** 1-based position of the truth in the ranking, or 0 when it is absent. */
        public int rank() {
            return ranking.indexOf(truth) + 1;
        }
    }

    public static RankingAccuracy of(List<Case> cases) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("accuracy needs at least one case");
        }
        double[] ac = new double[6];
        for (int k = 1; k <= 5; k++) {
            int hits = 0;
            for (Case c : cases) {
                int rank = c.rank();
                if (rank >= 1 && rank <= k) {
                    hits++;
                }
            }
            ac[k] = (double) hits / cases.size();
        }
        double avg5 = (ac[1] + ac[2] + ac[3] + ac[4] + ac[5]) / 5;
        return new RankingAccuracy(cases.size(), ac[1], ac[2], ac[3], ac[4], ac[5], avg5);
    }

    /** AC@k for k in 1..5. */
    public double at(int k) {
        return switch (k) {
            case 1 -> ac1;
            case 2 -> ac2;
            case 3 -> ac3;
            case 4 -> ac4;
            case 5 -> ac5;
            default -> throw new IllegalArgumentException("k must be in 1..5, was " + k);
        };
    }
}
