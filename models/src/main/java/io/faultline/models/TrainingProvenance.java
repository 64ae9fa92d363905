package io.faultline.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.ingest.SeriesSamples;

/** Fills a {@link Provenance} at fit time, so that every detector records the same facts. */
public final class TrainingProvenance {

    private TrainingProvenance() {
    }

    /**
     * The provenance of a model fitted on {@code history}. The data range is the first and last
     * timestamps (both 0 for an empty history, which {@code dataPoints == 0} tells apart).
     *
     * @param seed the seed the fit used; 0 for detectors without randomness
     */
    public static Provenance of(String detector, Record params, SeriesSamples history, long seed) {
        int n = history.size();
        return new Provenance(
                detector,
                asParsedJson(params),
                history.key().toString(),
                n == 0 ? 0L : history.timestampsMs()[0],
                n == 0 ? 0L : history.timestampsMs()[n - 1],
                n,
                SeriesFingerprint.sha256(history),
                seed,
                FaultlineVersion.current());
    }

    /**
     * The params as a reader of the saved JSON will see them: a long that fits in an int comes
     * back as an int node, so going through text keeps a restored provenance equal to the original.
     */
    private static JsonNode asParsedJson(Record params) {
        try {
            return ModelJson.mapper().readTree(ModelJson.mapper().writeValueAsString(params));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("params " + params + " cannot be written as JSON", e);
        }
    }
}
