package io.faultline.datasets.rcaeval;

/**
 * A case folder that could not be loaded: its name relative to the data root (as {@link RcaCaseData#name()}
 * would have been) and what is wrong, e.g. {@code data.csv line 17: column "carts_cpu": "x" is not a number}.
 */
public record CaseError(String name, String message) {
    public CaseError {
        if (name == null || message == null) {
            throw new IllegalArgumentException("a case error needs a name and a message");
        }
    }

    @Override
    public String toString() {
        return name + ": " + message;
    }
}
