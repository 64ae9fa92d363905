package io.faultline.rca.incident;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How {@link IncidentCorrelator} groups anomalies. Bound from JSON/YAML with Jackson; a missing
 * key takes its default from {@link #DEFAULTS}.
 *
 * @param joinWindowMs    an anomaly joins an incident whose activity span, widened by this much on
 *                        both sides, overlaps the anomaly; 0..quietMs
 * @param maxHops         how far (undirected hops in the service graph) an anomaly's component may be
 *                        from the incident's nearest component to join it, >= 0
 * @param minAnomalies    anomalies an incident needs before it is visible, >= 1
 * @param minComponents   distinct named components it needs before it is visible, >= 0
 * @param sustainedMs     an incident short of those counts is visible all the same once one of
 *                        its anomalies has lasted this long (a leak on one series is still an
 *                        incident), >= 1
 * @param quietMs         an incident resolves once no anomaly in it has been active for this long, >= 1
 * @param resolvedHistory how many resolved incidents stay queryable, newest first, >= 0
 * @param reopenWindowMs  flap damping: an anomaly that would join a resolved incident within this
 *                        long after it resolved reopens it instead of starting a new one; 0 turns
 *                        reopening off, >= 0
 */
public record IncidentCorrelatorParams(
        long joinWindowMs,
        int maxHops,
        int minAnomalies,
        int minComponents,
        long sustainedMs,
        long quietMs,
        int resolvedHistory,
        long reopenWindowMs) {

    /**
     * One-minute join window, two hops, two anomalies on one component or more (or one lasting
     * three minutes), five quiet minutes. A fault's symptoms start within a minute of each other
     * as it propagates, while anomalies are still active an incident keeps growing regardless of
     * the window, and a wider window let unrelated blips a couple of minutes earlier swallow the
     * next fault (seen on the simulator). A fault that returns within ten minutes of resolving
     * reopens its incident, so a flapping fault pages once.
     */
    public static final IncidentCorrelatorParams DEFAULTS = new IncidentCorrelatorParams(60_000, 2, 2, 1, 180_000, 300_000, 100, 600_000);

    /** The grouping without flap damping ({@code reopenWindowMs} 0): a returning fault is a new incident. */
    public IncidentCorrelatorParams(long joinWindowMs, int maxHops, int minAnomalies, int minComponents,
                                    long sustainedMs, long quietMs, int resolvedHistory) {
        this(joinWindowMs, maxHops, minAnomalies, minComponents, sustainedMs, quietMs, resolvedHistory, 0);
    }

    public IncidentCorrelatorParams {
        if (quietMs < 1) {
            throw new IllegalArgumentException("quietMs must be >= 1, was " + quietMs);
        }
        if (joinWindowMs < 0 || joinWindowMs > quietMs) {
            throw new IllegalArgumentException("joinWindowMs must be in 0..quietMs (" + quietMs + "), was " + joinWindowMs);
        }
        if (maxHops < 0) {
            throw new IllegalArgumentException("maxHops must be >= 0, was " + maxHops);
        }
        if (minAnomalies < 1) {
            throw new IllegalArgumentException("minAnomalies must be >= 1, was " + minAnomalies);
        }
        if (minComponents < 0) {
            throw new IllegalArgumentException("minComponents must be >= 0, was " + minComponents);
        }
        if (sustainedMs < 1) {
            throw new IllegalArgumentException("sustainedMs must be >= 1, was " + sustainedMs);
        }
        if (resolvedHistory < 0) {
            throw new IllegalArgumentException("resolvedHistory must be >= 0, was " + resolvedHistory);
        }
        if (reopenWindowMs < 0) {
            throw new IllegalArgumentException("reopenWindowMs must be >= 0, was " + reopenWindowMs);
        }
    }

    @JsonCreator
    static IncidentCorrelatorParams fromJson(
            @JsonProperty("joinWindowMs") Long joinWindowMs,
            @JsonProperty("maxHops") Integer maxHops,
            @JsonProperty("minAnomalies") Integer minAnomalies,
            @JsonProperty("minComponents") Integer minComponents,
            @JsonProperty("sustainedMs") Long sustainedMs,
            @JsonProperty("quietMs") Long quietMs,
            @JsonProperty("resolvedHistory") Integer resolvedHistory,
            @JsonProperty("reopenWindowMs") Long reopenWindowMs) {
        return new IncidentCorrelatorParams(
                joinWindowMs == null ? DEFAULTS.joinWindowMs : joinWindowMs,
                maxHops == null ? DEFAULTS.maxHops : maxHops,
                minAnomalies == null ? DEFAULTS.minAnomalies : minAnomalies,
                minComponents == null ? DEFAULTS.minComponents : minComponents,
                sustainedMs == null ? DEFAULTS.sustainedMs : sustainedMs,
                quietMs == null ? DEFAULTS.quietMs : quietMs,
                resolvedHistory == null ? DEFAULTS.resolvedHistory : resolvedHistory,
                reopenWindowMs == null ? DEFAULTS.reopenWindowMs : reopenWindowMs);
    }
}
