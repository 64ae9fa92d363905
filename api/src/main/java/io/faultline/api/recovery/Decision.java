package io.faultline.api.recovery;

/** A verdict with the reason, as one sentence naming the setting that decided it. */
public record Decision(Verdict verdict, String reason) {
    public Decision {
        if (verdict == null || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a decision needs a verdict and a reason");
        }
    }

    public boolean executes() {
        return verdict == Verdict.EXECUTE;
    }
}
