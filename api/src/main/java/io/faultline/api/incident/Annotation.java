package io.faultline.api.incident;

/**
 * A note an analyst left on an incident, optionally confirming its root cause. Confirmations are
 * kept as labels for evaluating the ranker on real incidents (see {@link ConfirmedCause}).
 *
 * @param confirmedRootCause the component the analyst confirmed as the cause, or null
 */
public record Annotation(long atMs, String actor, String text, String confirmedRootCause) {
}
