package io.faultline.models.cad;

import java.util.HashMap;
import java.util.Map;

/**
 * One half of a context: a set of facts, as CAD-OSE's semi-context values. {@code matched} holds the
 * facts of the latest crossing that belong to it (in the crossing's fact order) and
 * {@code matchedCount} how many; a left semi-context also maps each right semi-context it was paired
 * with to the context they form, in the order the contexts were made.
 */
final class SemiContext {
    final int id;
    final int size;
    final IntList matched = new IntList(4);
    int matchedCount;
    /** Left side only: right semi-context id -> context id, and the pairs in creation order. */
    final Map<Integer, Integer> contextByRight;
    final IntList pairedRights;
    final IntList pairedContexts;

    SemiContext(int id, int size, boolean left) {
        this.id = id;
        this.size = size;
        this.contextByRight = left ? new HashMap<>() : null;
        this.pairedRights = left ? new IntList(2) : null;
        this.pairedContexts = left ? new IntList(2) : null;
    }

    private FactSet matchedKey;
    private long matchedKeyStep = -1;

    /** The matched facts as a key, made once per step (a semi-context takes part in many candidates). */
    FactSet matchedFacts(long step) {
        if (matchedKeyStep != step) {
            matchedKey = FactSet.of(matched.toArray());
            matchedKeyStep = step;
        }
        return matchedKey;
    }

    boolean fullyMatched() {
        return matchedCount == size;
    }
}
