package io.faultline.api.service;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.faultline.api.incident.Annotation;
import io.faultline.api.incident.ChangeEventRepository;
import io.faultline.api.incident.ConfirmedCause;
import io.faultline.api.incident.IncidentFilter;
import io.faultline.api.incident.IncidentRepository;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.ingest.InvalidInputException;
import io.faultline.rca.Anomaly;
import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.RankedCause;
import io.faultline.rca.change.ChangeEvidence;
import io.faultline.rca.change.ChangeEvidenceParams;
import io.faultline.rca.change.ChangeLink;
import io.faultline.rca.incident.IllegalTransitionException;
import io.faultline.rca.incident.Transition;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads the anomalies and incidents the live pipeline has found, and moves incidents through
 * their lifecycle on people's behalf (acknowledge, mitigating, resolve, reopen, annotate). Human
 * steps are timed by the injected clock; incidents, timelines and annotations are read from the
 * repository, which the journal keeps in step with the live correlator.
 */
public final class IncidentService {
    private static final int MAX_TEXT = 4000;
    private static final int MAX_NAME = 200;

    private final LivePipeline pipeline;
    private final IncidentRepository repository;
    private final ChangeEventRepository changes;
    private final ChangeEvidence changeEvidence;
    private final long changeWindowMs;
    private final Clock clock;

    /** An incident with its timeline, annotations and the changes taken as evidence for its causes. */
    public record IncidentDetail(@JsonUnwrapped Incident incident, List<Transition> timeline,
                                 List<Annotation> annotations, List<ChangeLink> changes) {
    }

    public IncidentService(LivePipeline pipeline, IncidentRepository repository, ChangeEventRepository changes,
                           ChangeEvidenceParams changeParams, Clock clock) {
        this.pipeline = pipeline;
        this.repository = repository;
        this.changes = changes;
        this.changeEvidence = new ChangeEvidence(changeParams);
        this.changeWindowMs = changeParams.windowSeconds() * 1000;
        this.clock = clock;
    }

    /** Unresolved incidents first (by opening), then resolved ones (latest resolution first). */
    public List<Incident> list(IncidentFilter filter) {
        pipeline.flush(); // the journal saves incidents on the diagnosis worker: wait for the batches already answered
        return repository.list(filter);
    }

    public IncidentDetail get(String id) {
        Incident incident = pipeline.incidents().find(id).or(() -> repository.find(id))
                .orElseThrow(() -> notFound(id));
        List<ChangeLink> links = List.of();
        if (!incident.causes().isEmpty()) {
            long onset = incident.openedAtMs();
            ChangeEvidence.Result r = changeEvidence.apply(incident.causes(),
                    changes.list(null, onset - changeWindowMs, onset, 1000), onset);
            links = incident.causes().stream().map(c -> r.links().get(c.component())).filter(Objects::nonNull).toList();
        }
        return new IncidentDetail(incident, repository.timeline(id), repository.annotations(id), links);
    }

    /**
     * A human lifecycle step, timed by the clock.
     *
     * @param note why, in the actor's words; a default cause when null
     * @throws NotFoundException when no incident has that id
     * @throws ConflictException when the lifecycle does not allow the step, or the incident is
     *                           resolved and no longer kept in memory
     */
    public IncidentDetail transition(String id, IncidentStatus to, String actor, String note) {
        String who = name("actor", actor);
        String cause = note == null || note.isBlank() ? verb(to) + " by " + who : text("note", note);
        Optional<Incident> moved;
        try {
            moved = pipeline.incidents().transition(id, to, clock.millis(), who, cause);
        } catch (IllegalTransitionException e) {
            throw new ConflictException(e.getMessage());
        }
        if (moved.isEmpty()) {
            Incident saved = repository.find(id).orElseThrow(() -> notFound(id));
            throw new ConflictException("incident " + id + " is " + saved.status().name().toLowerCase(Locale.ROOT)
                    + " and older than the resolved incidents kept live (incidents.resolvedHistory); it cannot change any more");
        }
        return get(id);
    }

    /** Adds a note, optionally confirming the root cause; allowed in every status. */
    public IncidentDetail annotate(String id, String actor, String text, String confirmedRootCause) {
        if (pipeline.incidents().find(id).isEmpty() && repository.find(id).isEmpty()) {
            throw notFound(id);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("field 'text' is required");
        }
        String confirmed = confirmedRootCause == null ? null : name("confirmedRootCause", confirmedRootCause);
        repository.annotate(id, new Annotation(clock.millis(), name("actor", actor), text("text", text), confirmed));
        return get(id);
    }

    /**
     * The incidents with a confirmed root cause, as labels for evaluation: the latest confirmation
     * of each, next to the ranking the incident ended with.
     */
    public List<ConfirmedCause> confirmations() {
        List<ConfirmedCause> out = new ArrayList<>();
        pipeline.flush();
        for (Incident i : repository.list(new IncidentFilter(null, null, null, null, true, IncidentFilter.MAX_LIMIT))) {
            List<Annotation> confirmed = repository.annotations(i.id()).stream()
                    .filter(a -> a.confirmedRootCause() != null).toList();
            Annotation last = confirmed.get(confirmed.size() - 1);
            List<String> ranked = i.causes().stream().map(RankedCause::component).toList();
            out.add(new ConfirmedCause(i.id(), last.confirmedRootCause(), last.actor(), last.atMs(), i.openedAtMs(),
                    i.resolvedAtMs(), ranked, ranked.indexOf(last.confirmedRootCause()) + 1));
        }
        return out;
    }

    public List<Anomaly> anomalies(long fromMs, long toMs, String component) {
        return pipeline.anomalies(fromMs, toMs, component);
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("no incident with id '" + id + "'");
    }

    private static String verb(IncidentStatus to) {
        return switch (to) {
            case OPEN -> "reopened";
            case ACKNOWLEDGED -> "acknowledged";
            case MITIGATING -> "mitigation started";
            case RESOLVED -> "resolved";
        };
    }

    /** A short name (actor, component): stripped, non-blank, at most 200 characters; "anonymous" for a missing actor. */
    private static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            if (field.equals("actor")) {
                return "anonymous";
            }
            throw new InvalidInputException("field '" + field + "' must not be blank");
        }
        String v = value.strip();
        if (v.length() > MAX_NAME) {
            throw new InvalidInputException("field '" + field + "' must be at most " + MAX_NAME + " characters, was " + v.length());
        }
        return v;
    }

    private static String text(String field, String value) {
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw new InvalidInputException("field '" + field + "' must be at most " + MAX_TEXT + " characters, was " + v.length());
        }
        return v;
    }
}
