package io.faultline.api.service;

import io.faultline.api.incident.ChangeEventRepository;
import io.faultline.ingest.InvalidInputException;
import io.faultline.rca.change.ChangeEvent;
import io.faultline.rca.change.ChangeKind;
import io.faultline.rca.topology.Topology;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Receives and lists change events. A component the topology does not name is accepted (a deploy
 * may be announced before the component's first metrics arrive, and a server may run without a
 * topology); the answer says whether the component is known. Posting the same event again is a
 * no-op; reusing an id for a different change of the same component is a conflict.
 */
public final class ChangeEventService {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:/@+-]{1,200}");
    private static final int MAX_LIST = 10_000;

    private final ChangeEventRepository repository;
    private final Topology topology;
    private final Clock clock;

    /** What became of a posted event: {@code created} or {@code duplicate}. */
    public record Recorded(String status, boolean knownComponent, ChangeEvent event) {
    }

    public ChangeEventService(ChangeEventRepository repository, Topology topology, Clock clock) {
        this.repository = repository;
        this.topology = topology;
        this.clock = clock;
    }

    /**
     * Validates and stores one change.
     *
     * @param id   the sender's id; when null, {@code <kind>-<at ms>} (so a resend is still a duplicate)
     * @param kind {@code deploy}, {@code config}, {@code scale} or {@code other}
     */
    public Recorded record(String id, String component, String kind, long atMs, String version, String description) {
        String c = checkName("component", component);
        ChangeKind k = kind(kind);
        String eventId = id == null ? k.name().toLowerCase(Locale.ROOT) + "-" + atMs : checkName("id", id);
        ChangeEvent event = new ChangeEvent(eventId, c, k, atMs, limit("version", version, 200), limit("description", description, 2000));
        Optional<ChangeEvent> existing = repository.insertIfAbsent(event, clock.millis());
        boolean known = topology.graph().contains(c);
        if (existing.isEmpty()) {
            return new Recorded("created", known, event);
        }
        if (!existing.get().equals(event)) {
            throw new ConflictException("change '" + eventId + "' of " + c + " is already recorded with different content: "
                    + existing.get());
        }
        return new Recorded("duplicate", known, event);
    }

    /** Changes in {@code fromMs..toMs} (inclusive), of one component when not null, oldest first, at most 10000. */
    public List<ChangeEvent> list(String component, long fromMs, long toMs) {
        return repository.list(component, fromMs, toMs, MAX_LIST);
    }

    private static ChangeKind kind(String kind) {
        if (kind == null) {
            throw new InvalidInputException("field 'kind' is required (one of deploy, config, scale, other)");
        }
        try {
            return ChangeKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("field 'kind' must be one of " + Arrays.stream(ChangeKind.values())
                    .map(v -> v.name().toLowerCase(Locale.ROOT)).toList() + ", was '" + kind + "'");
        }
    }

    private static String checkName(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("field '" + field + "' is required");
        }
        if (!NAME.matcher(value).matches()) {
            throw new InvalidInputException("field '" + field + "' must be 1..200 letters, digits or _.:/@+-, was '" + value + "'");
        }
        return value;
    }

    private static String limit(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException("field '" + field + "' must be at most " + max + " characters, was " + value.length());
        }
        return value;
    }
}
