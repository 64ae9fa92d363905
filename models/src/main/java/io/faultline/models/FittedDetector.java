package io.faultline.models;

/**
 * A detector after training: immutable, carrying where it came from. Scoring state lives in the
 * scorers it creates, one per series, so one fitted detector can serve many streams.
 * The same fitted detector fed the same points produces the same scores.
 */
public interface FittedDetector {

    Provenance provenance();

    /** A fresh streaming scorer, primed with what the detector learned. */
    Scorer newScorer();

    /**
     * What was learned, as a Jackson-serialisable value; together with the provenance it is
     * enough for the registry to restore an identical detector.
     */
    Object state();
}
