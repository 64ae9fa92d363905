package io.faultline.api.evaluate;

import java.util.List;
import java.util.Set;

/**
 * Root-cause accuracy with several root causes per case, as CIRCA defines it (Li et al., KDD 2022;
 * {@code circa.alg.common.Evaluation}): per case {@code AC@k = |top k of the ranking n V| / min(k, |V|)} for the
 * set {@code V} of true root causes, averaged over cases; {@code Avg@5} is the mean of AC@1..AC@5. With one root
 * cause per case this is RCAEval's AC@k. A case with two root causes thus scores 0.5 at k = 1 even when its top
 * suspect is right, and needs both in its top 2 to score 1 there.
 */
public record CircaAccuracy(int cases, double ac1, double ac2, double ac3, double ac4, double ac5, double avg5) {

    /** One case: its true root causes and the ranking, best first. */
    public record Case(Set<String> truth, List<String> ranking) {
        public Case {
            truth = Set.copyOf(truth);
            ranking = List.copyOf(ranking);
            if (truth.isEmpty()) {
                throw new IllegalArgumentException("a case needs at least one true root cause");
            }
        }

        /** This case's accuracy at {@code k}. */
        public double at(int k) {
            long hits = ranking.subList(0, Math.min(k, ranking.size())).stream().filter(truth::contains).count();
            return (double) hits / Math.min(k, truth.size());
        }

        /** 1-based place of the best-ranked true root cause, 0 when none is ranked. */
        public int firstHit() {
            for (int i = 0; i < ranking.size(); i++) {
                if (truth.contains(ranking.get(i))) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    public static CircaAccuracy of(List<Case> cases) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("accuracy needs at least one case");
        }
        double[] ac = new double[6];
        for (int k = 1; k <= 5; k++) {
            double sum = 0;
            for (Case c : cases) {
                sum += c.at(k);
            }
            ac[k] = sum / cases.size();
        }
        double avg5 = (ac[1] + ac[2] + ac[3] + ac[4] + ac[5]) / 5;
        return new CircaAccuracy(cases.size(), ac[1], ac[2], ac[3], ac[4], ac[5], avg5);
    }
}
