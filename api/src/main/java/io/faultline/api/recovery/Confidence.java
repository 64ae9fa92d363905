package io.faultline.api.recovery;

import io.faultline.rca.FaultKind;
import io.faultline.rca.RankedCause;
import java.util.List;

/**
 * How sure the ranking is of its top cause, in [0, 1]: the top score's share of the sum of the
 * positive scores. Ranker scores are unbounded, so a share is what a threshold can be set on: a
 * lone suspect gives 1, two equal suspects 0.5 each, an empty ranking 0.
 *
 * <p>When the top cause has a fault kind, only the causes with one share: the components a ranker
 * lists below its suspects only to order them (those that did not deviate significantly, whose fault
 * kind is {@link FaultKind#UNKNOWN}) would otherwise dilute the share by their number alone.
 */
public final class Confidence {
    private Confidence() {
    }

    public static double of(List<RankedCause> ranking) {
        if (ranking.isEmpty()) {
            return 0;
        }
        double top = ranking.get(0).score();
        boolean knownOnly = ranking.get(0).faultKind() != FaultKind.UNKNOWN;
        double sum = 0;
        for (RankedCause c : ranking) {
            if (c.score() > 0 && Double.isFinite(c.score()) && (!knownOnly || c.faultKind() != FaultKind.UNKNOWN)) {
                sum += c.score();
            }
        }
        return top > 0 && Double.isFinite(top) && sum > 0 ? top / sum : 0;
    }
}
