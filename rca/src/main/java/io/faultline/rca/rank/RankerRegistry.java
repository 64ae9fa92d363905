package io.faultline.rca.rank;

import io.faultline.rca.RootCauseRanker;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The root-cause rankers Faultline knows, by name, in an explicit list: {@value BaselineDeviationRanker#NAME}
 * (the default, which live incidents use), {@value BaroRanker#NAME} and {@value NSigmaRanker#NAME}. An
 * unknown name fails with the list of valid ones. Immutable and thread-safe, as the rankers are.
 */
public final class RankerRegistry {
    private final Map<String, RootCauseRanker> rankers = new LinkedHashMap<>();

    /** A registry of exactly these rankers, in this order; names must be unique. */
    public RankerRegistry(List<RootCauseRanker> rankers) {
        for (RootCauseRanker ranker : rankers) {
            if (this.rankers.putIfAbsent(ranker.name(), ranker) != null) {
                throw new IllegalArgumentException("ranker '" + ranker.name() + "' is registered twice");
            }
        }
    }

    /** Every built-in ranker with its default params. */
    public static RankerRegistry defaults() {
        return standard(BaselineDeviationParams.DEFAULTS);
    }

    /** Every built-in ranker, the default one with {@code ranking} (as configured), the others with their defaults. */
    public static RankerRegistry standard(BaselineDeviationParams ranking) {
        return new RankerRegistry(List.of(new BaselineDeviationRanker(ranking), new BaroRanker(BaroParams.DEFAULTS),
                new NSigmaRanker(NSigmaParams.DEFAULTS)));
    }

    /** The registered names, in registration order. */
    public List<String> names() {
        return List.copyOf(rankers.keySet());
    }

    /**
     * The ranker of that name.
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the valid ones
     */
    public RootCauseRanker get(String name) {
        RootCauseRanker ranker = rankers.get(name);
        if (ranker == null) {
            throw new IllegalArgumentException("unknown ranker '" + name + "'; valid rankers: " + String.join(", ", names()));
        }
        return ranker;
    }
}
