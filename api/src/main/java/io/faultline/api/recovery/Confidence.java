package io.faultline.api.recovery;

import io.faultline.rca.RankedCause;
import java.util.List;

/**
 * How sure the ranking is of its top cause, in [0, 1]: the top score's share of the sum of the
 * positive scores. Ranker scores are unbounded, so a share is what a threshold can be set on: a
 * lone suspect gives 1, two equal suspects 0.5 each, an empty ranking 0.
 */
public final class Confidence {
    private Confidence() {
    }

    public static double of(List<RankedCause> ranking) {
        double sum = 0;
        for (RankedCause c : ranking) {
            if (c.score() > 0 && Double.isFinite(c.score())) {
                sum += c.score();
            }
        }
        if (ranking.isEmpty() || sum <= 0) {
            return 0;
        }
        double top = ranking.get(0).score();
        return top > 0 && Double.isFinite(top) ? top / sum : 0;
    }
}
