package io.faultline.rca.recovery;

import io.faultline.rca.MetricDeviation;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RecoveryAction;

import java.util.List;
import java.util.Locale;

/**
 * Suggests recoveries for a ranked cause from the runbook entry of its fault kind, in runbook
 * order. Each rationale says why the step helps and names the evidence: the strongest deviating
 * metrics of the cause and the path its fault took to the symptoms. Stateless and thread-safe.
 */
public final class RecoveryAdvisor {
    private static final int METRICS_NAMED = 3;

    private final Runbook runbook;

    public RecoveryAdvisor(Runbook runbook) {
        if (runbook == null) {
            throw new IllegalArgumentException("runbook is required");
        }
        this.runbook = runbook;
    }

    /** Suggestions for one cause, preferred first; targets are the cause's component. */
    public List<RecoveryAction> advise(RankedCause cause) {
        String evidence = evidence(cause);
        return runbook.steps(cause.faultKind()).stream()
                .map(s -> new RecoveryAction(s.kind(), cause.component(),
                        sentence(s.rationale()) + " " + evidence, s.risk()))
                .toList();
    }

    /** Suggestions for the top cause of a ranking; empty when the ranking is. */
    public List<RecoveryAction> adviseTop(List<RankedCause> ranking) {
        return ranking.isEmpty() ? List.of() : advise(ranking.get(0));
    }

    static String evidence(RankedCause cause) {
        StringBuilder sb = new StringBuilder("Evidence: ").append(cause.component())
                .append(" is the suspected ").append(cause.faultKind()).append(" fault");
        List<MetricDeviation> top = cause.evidence().stream().limit(METRICS_NAMED).toList();
        for (int i = 0; i < top.size(); i++) {
            MetricDeviation d = top.get(i);
            sb.append(i == 0 ? ": " : "; ").append(d.series()).append(' ')
                    .append(d.direction().name().toLowerCase(Locale.ROOT))
                    .append(String.format(Locale.ROOT, " %.1f robust z (%.4g -> %.4g)", d.magnitude(), d.baseline(), d.peak()));
        }
        if (cause.pathToSymptoms().size() > 1) {
            sb.append("; symptoms propagate ").append(String.join(" -> ", cause.pathToSymptoms()));
        }
        return sb.append('.').toString();
    }

    /** The runbook text as a sentence: capitalised, one closing full stop. */
    private static String sentence(String s) {
        String body = s.strip();
        while (body.endsWith(".")) {
            body = body.substring(0, body.length() - 1);
        }
        return Character.toUpperCase(body.charAt(0)) + body.substring(1) + ".";
    }
}
