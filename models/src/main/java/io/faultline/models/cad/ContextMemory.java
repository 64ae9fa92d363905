package io.faultline.models.cad;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CAD-OSE's context memory (its {@code ContextOperator}): contexts are pairs of a left semi-context
 * (the facts of the previous step and the neurons it activated) and a right semi-context (the facts
 * of the current value). Semi-contexts are shared between contexts and found by their facts; each
 * step "crosses" a side with a fact list, recording per semi-context which of its facts occurred.
 * A faithful port of Smirnov's Python, including one quirk that shapes its published scores: the
 * "no new context" marker is Python's {@code False}, which equals context id 0, so context 0 never
 * activates.
 */
final class ContextMemory {
    private static final int LEFT = 0;
    private static final int RIGHT = 1;

    private static final Comparator<SemiContext> BY_ID = Comparator.comparingInt(s -> s.id);

    private final int maxLeftSemiContextLength;
    @SuppressWarnings("unchecked")
    private final Map<FactSet, SemiContext>[] byFacts = new Map[] {new HashMap<>(), new HashMap<>()};
    @SuppressWarnings("unchecked")
    private final List<SemiContext>[] semiContexts = new List[] {new ArrayList<>(), new ArrayList<>()};
    @SuppressWarnings("unchecked")
    private final Map<Integer, List<SemiContext>>[] byFact = new Map[] {new HashMap<>(), new HashMap<>()};
    @SuppressWarnings("unchecked")
    private List<SemiContext>[] crossed = new List[] {new ArrayList<>(), new ArrayList<>()};
    private final List<Context> contexts = new ArrayList<>();
    private int newContextId;
    /** Counts right crossings, so that a semi-context's matched facts are turned into a key once per step. */
    private long crossings;

    ContextMemory(int maxLeftSemiContextLength) {
        this.maxLeftSemiContextLength = maxLeftSemiContextLength;
    }

    /** A context: how often it was active, whether it was ever a zero-level one, and its halves' keys. */
    static final class Context {
        int activations;
        boolean zeroLevel;
        final int leftHash;
        final int rightHash;

        Context(boolean zeroLevel, int leftHash, int rightHash) {
            this.zeroLevel = zeroLevel;
            this.leftHash = leftHash;
            this.rightHash = rightHash;
        }
    }

    /** An active context as seen when it activated: its id, activations, and its halves' keys. */
    record Active(int contextId, int activations, int leftHash, int rightHash) {
    }

    /** What crossing the right side found: active contexts, contexts whose left half fully matched, candidates. */
    record Crossing(List<Active> active, int selected, List<ContextPair> potential) {
    }

    int contextCount() {
        return contexts.size();
    }

    /** Stores the zero-level context (previous facts, current facts); true when it is new. */
    boolean addZeroLevel(ContextPair pair) {
        SemiContext left = semiContext(LEFT, pair.left());
        SemiContext right = semiContext(RIGHT, pair.right());
        Integer id = left.contextByRight.get(right.id);
        if (id == null) {
            newContextId = add(left, right, pair, true);
            return true;
        }
        contexts.get(id).zeroLevel = true;
        return false;
    }

    /** Stores the contexts not yet known; returns how many were new. */
    int addAll(List<ContextPair> pairs) {
        int added = 0;
        for (ContextPair pair : pairs) {
            SemiContext left = semiContext(LEFT, pair.left());
            SemiContext right = semiContext(RIGHT, pair.right());
            if (!left.contextByRight.containsKey(right.id)) {
                add(left, right, pair, false);
                added++;
            }
        }
        return added;
    }

    /** Crosses the left side with the facts that left contexts will be matched against at the next step. */
    void crossLeft(int[] facts) {
        cross(LEFT, facts);
    }

    /**
     * Crosses the right side with the current facts, then activates every context whose halves both
     * fully matched, and proposes new contexts from partial matches of zero-level ones (only when the
     * current zero-level context was new).
     */
    Crossing crossRight(int[] facts, boolean newContext) {
        cross(RIGHT, facts);
        List<Active> active = new ArrayList<>();
        List<ContextPair> potential = new ArrayList<>();
        int selected = 0;
        crossings++;
        for (SemiContext left : crossed[LEFT]) {
            if (!newContext && !left.fullyMatched()) {
                continue; // without a new zero-level context only fully matched left halves do anything
            }
            for (int k = 0; k < left.pairedRights.size(); k++) {
                int contextId = left.pairedContexts.get(k);
                if (contextId == newContextId) {
                    continue;
                }
                Context context = contexts.get(contextId);
                SemiContext right = semiContexts[RIGHT].get(left.pairedRights.get(k));
                if (left.fullyMatched()) {
                    selected++;
                    if (right.matchedCount > 0) {
                        if (right.fullyMatched()) {
                            context.activations++;
                            active.add(new Active(contextId, context.activations, context.leftHash, context.rightHash));
                        } else if (context.zeroLevel && newContext && left.matchedCount <= maxLeftSemiContextLength) {
                            potential.add(partial(left, right));
                        }
                    }
                } else if (context.zeroLevel && newContext && right.matchedCount > 0
                        && left.matchedCount <= maxLeftSemiContextLength) {
                    potential.add(partial(left, right));
                }
            }
        }
        newContextId = 0;
        return new Crossing(active, selected, potential);
    }

    private ContextPair partial(SemiContext left, SemiContext right) {
        return new ContextPair(left.matchedFacts(crossings), right.matchedFacts(crossings));
    }

    /** Only the semi-contexts holding one of the facts are visited; kept in creation order, as CAD-OSE lists them. */
    private void cross(int side, int[] facts) {
        for (SemiContext s : crossed[side]) {
            s.matched.clear();
            s.matchedCount = 0;
        }
        List<SemiContext> now = new ArrayList<>();
        for (int fact : facts) {
            List<SemiContext> holders = byFact[side].get(fact);
            if (holders != null) {
                for (SemiContext s : holders) {
                    if (s.matched.size() == 0) {
                        now.add(s);
                    }
                    s.matched.add(fact);
                }
            }
        }
        for (SemiContext s : now) {
            s.matchedCount = s.matched.size();
        }
        now.sort(BY_ID);
        crossed[side] = now;
    }

    private SemiContext semiContext(int side, FactSet facts) {
        SemiContext found = byFacts[side].get(facts);
        if (found != null) {
            return found;
        }
        SemiContext created = new SemiContext(semiContexts[side].size(), facts.size(), side == LEFT);
        semiContexts[side].add(created);
        byFacts[side].put(facts, created);
        for (int fact : facts.facts()) {
            byFact[side].computeIfAbsent(fact, f -> new ArrayList<>()).add(created);
        }
        return created;
    }

    private int add(SemiContext left, SemiContext right, ContextPair pair, boolean zeroLevel) {
        int id = contexts.size();
        left.contextByRight.put(right.id, id);
        left.pairedRights.add(right.id);
        left.pairedContexts.add(id);
        contexts.add(new Context(zeroLevel, pair.left().hash(), pair.right().hash()));
        return id;
    }
}
