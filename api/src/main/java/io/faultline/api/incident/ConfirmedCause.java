package io.faultline.api.incident;

import java.util.List;

/**
 * A labelled incident: the root cause an analyst confirmed (the latest confirmation wins), next to
 * what the ranker said. {@code rankedPosition} is the confirmed component's 1-based place in the
 * ranking, 0 when the ranker did not list it, which is what AC@k counts.
 */
public record ConfirmedCause(
        String incidentId,
        String confirmedRootCause,
        String actor,
        long confirmedAtMs,
        long openedAtMs,
        long resolvedAtMs,
        List<String> rankedCauses,
        int rankedPosition) {

    public ConfirmedCause {
        rankedCauses = List.copyOf(rankedCauses);
    }
}
