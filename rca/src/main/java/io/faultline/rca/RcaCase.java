package io.faultline.rca;

import java.util.List;

/**
 * Everything a ranker may look at for one incident: the service graph, the series of the
 * components in scope covering a baseline before {@code onsetMs} and the incident window up to
 * {@code endMs}, and the onset itself (known, shifted, or detected).
 */
public record RcaCase(ServiceGraph graph, List<ComponentSeries> series, long onsetMs, long endMs) {
    public RcaCase {
        series = List.copyOf(series);
        if (endMs < onsetMs) {
            throw new IllegalArgumentException("case ends (" + endMs + ") before its onset (" + onsetMs + ")");
        }
    }
}
