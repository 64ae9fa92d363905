package io.faultline.rca.change;

import java.util.Locale;

/**
 * A change made to one component at one time: a deploy, a configuration change, a scaling step.
 * Change events are evidence, not symptoms: a change shortly before an incident's onset makes
 * its component a likelier cause (see {@link ChangeEvidence}).
 *
 * @param id          the sender's id for the change, unique per component
 * @param version     what was deployed or set (e.g. {@code v1.4.2}); may be empty
 * @param description free text; may be empty
 */
public record ChangeEvent(String id, String component, ChangeKind kind, long atMs, String version, String description) {

    public ChangeEvent {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("change id is required");
        }
        if (component == null || component.isBlank()) {
            throw new IllegalArgumentException("change component is required");
        }
        if (kind == null) {
            throw new IllegalArgumentException("change kind is required");
        }
        version = version == null ? "" : version.strip();
        description = description == null ? "" : description.strip();
    }

    /** How the change reads in evidence: {@code deploy v1.4.2}, {@code config change "raise pool size"}. */
    public String label() {
        String kindName = switch (kind) {
            case DEPLOY -> "deploy";
            case CONFIG -> "config change";
            case SCALE -> "scaling";
            case OTHER -> "change";
        };
        String what = !version.isEmpty() ? version : !description.isEmpty() ? "\"" + description + "\"" : id;
        return kindName + " " + what + " of " + component;
    }

    /** The kind as the API spells it. */
    public String kindName() {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
