package io.faultline.rca.change;

import io.faultline.rca.RankedCause;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.RecoveryKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes recent changes as evidence on a ranking, after the ranker: a cause whose component had a
 * change in {@code [onset - window, onset]} has its score multiplied by {@code 1 + boost} and the
 * ranking is re-sorted; the latest such change per component is linked to it. Change-aware
 * root-cause analysis is common practice in AIOps (e.g. Gandalf, Li et al., NSDI 2020, correlates
 * faults with rollouts); this is the simple rule, not Gandalf's statistics. Pure and thread-safe.
 */
public final class ChangeEvidence {
    private final ChangeEvidenceParams params;

    /** The re-ranked causes and, by component, the change linked to each. */
    public record Result(List<RankedCause> causes, Map<String, ChangeLink> links) {
        public Result {
            causes = List.copyOf(causes);
            links = Map.copyOf(links);
        }

        /** The change linked to the top cause, when the ranking has one and it has a change. */
        public ChangeLink topLink() {
            return causes.isEmpty() ? null : links.get(causes.get(0).component());
        }
    }

    public ChangeEvidence(ChangeEvidenceParams params) {
        if (params == null) {
            throw new IllegalArgumentException("params are required");
        }
        this.params = params;
    }

    /** Applies the rule; {@code changes} may be of any components and times (the others are ignored). */
    public Result apply(List<RankedCause> ranking, List<ChangeEvent> changes, long onsetMs) {
        long windowMs = params.windowSeconds() * 1000;
        Map<String, ChangeEvent> latest = new HashMap<>();
        for (ChangeEvent c : changes) {
            if (c.atMs() <= onsetMs && c.atMs() >= onsetMs - windowMs) {
                latest.merge(c.component(), c, (a, b) -> b.atMs() > a.atMs() || b.atMs() == a.atMs()
                        && b.id().compareTo(a.id()) > 0 ? b : a);
            }
        }
        Map<String, ChangeLink> links = new HashMap<>();
        List<RankedCause> boosted = new ArrayList<>(ranking.size());
        for (RankedCause cause : ranking) {
            ChangeEvent change = latest.get(cause.component());
            if (change == null) {
                boosted.add(cause);
                continue;
            }
            links.put(cause.component(), link(change, onsetMs));
            boosted.add(new RankedCause(cause.component(), cause.score() * (1 + params.boost()), cause.faultKind(),
                    cause.evidence(), cause.pathToSymptoms()));
        }
        boosted.sort(Comparator.comparingDouble(RankedCause::score).reversed().thenComparing(RankedCause::component));
        return new Result(boosted, links);
    }

    static ChangeLink link(ChangeEvent change, long onsetMs) {
        long before = onsetMs - change.atMs();
        String ago = before < 60_000 ? before / 1000 + " s" : Math.round(before / 60_000.0) + " min";
        return new ChangeLink(change, before, change.label() + " at " + Instant.ofEpochMilli(change.atMs())
                + ", " + ago + " before onset");
    }

    /**
     * The suggested recoveries with "roll back" first when the top cause's linked change is a
     * deploy: the rollback names the deploy and the evidence line, and any runbook rollback of the
     * same component is dropped as a duplicate. Otherwise {@code advised} unchanged.
     */
    public static List<RecoveryAction> preferRollback(Result result, List<RecoveryAction> advised) {
        ChangeLink link = result.topLink();
        if (link == null || link.change().kind() != ChangeKind.DEPLOY) {
            return advised;
        }
        String target = link.change().component();
        List<RecoveryAction> out = new ArrayList<>();
        out.add(new RecoveryAction(RecoveryKind.ROLL_BACK, target, "Roll back " + link.change().label()
                + " (change " + link.change().id() + "): the fault began after it. Evidence: " + link.evidence() + ".", "medium"));
        advised.stream().filter(a -> !(a.kind() == RecoveryKind.ROLL_BACK && target.equals(a.target()))).forEach(out::add);
        return out;
    }
}
