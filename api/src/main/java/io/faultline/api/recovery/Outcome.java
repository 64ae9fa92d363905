package io.faultline.api.recovery;

import java.util.Optional;

/**
 * What an execution (or an undo) came to: whether it succeeded, a one-line detail for the audit
 * log, and for a reversible action the step that reverses it.
 */
public record Outcome(boolean succeeded, String detail, Optional<Undo> undo) {

    /** A step that reverses a successful action, e.g. scaling back to the previous replica count. */
    public interface Undo {
        String description();

        Outcome run();
    }

    public Outcome {
        if (detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("an outcome needs a detail");
        }
        undo = undo == null ? Optional.empty() : undo;
    }

    public static Outcome succeeded(String detail) {
        return new Outcome(true, detail, Optional.empty());
    }

    public static Outcome reversible(String detail, Undo undo) {
        return new Outcome(true, detail, Optional.of(undo));
    }

    public static Outcome failed(String detail) {
        return new Outcome(false, detail, Optional.empty());
    }
}
