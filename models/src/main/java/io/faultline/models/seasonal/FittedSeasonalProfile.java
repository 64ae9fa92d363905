package io.faultline.models.seasonal;

import io.faultline.models.FittedDetector;
import io.faultline.models.Provenance;
import io.faultline.models.Scorer;

/** A {@link SeasonalProfileDetector} with the slots its history filled. */
public record FittedSeasonalProfile(Provenance provenance, SeasonalProfileParams params, SeasonalProfileState state)
        implements FittedDetector {

    public FittedSeasonalProfile {
        if (provenance == null || params == null || state == null) {
            throw new IllegalArgumentException("provenance, params and state are required");
        }
        if (state.weekSlots().length != params.profile().weekSlots()) {
            throw new IllegalArgumentException("state holds " + state.weekSlots().length + " hour-of-week slots, profile "
                    + params.profile() + " keeps " + params.profile().weekSlots());
        }
        check("global", state.global().length, params.globalWindow());
        for (double[] slot : state.daySlots()) {
            check("a day slot", slot.length, params.slotWindow());
        }
        for (double[] slot : state.weekSlots()) {
            check("a week slot", slot.length, params.slotWindow());
        }
    }

    private static void check(String what, int held, int capacity) {
        if (held > capacity) {
            throw new IllegalArgumentException(what + " holds " + held + " values, more than its window of " + capacity);
        }
    }

    @Override
    public Scorer newScorer() {
        return new SeasonalProfileScorer(params, state);
    }
}
