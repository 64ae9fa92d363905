package io.faultline.models.registry;

import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.Provenance;
import java.util.Objects;
import java.util.function.Function;

/**
 * One entry of a {@link DetectorRegistry}: how to build a detector from its params record and
 * how to rebuild a fitted one from its provenance and state record.
 *
 * @param name       the registry name, e.g. {@code robust-zscore}
 * @param paramsType the Jackson-bindable params record
 * @param defaults   the params used for every field a caller leaves out
 * @param create     builds the configured detector
 * @param stateType  the Jackson-bindable type of {@link FittedDetector#state()}
 * @param restore    rebuilds the fitted detector
 */
public record DetectorFactory<P extends Record, S>(
        String name,
        Class<P> paramsType,
        P defaults,
        Function<P, Detector> create,
        Class<S> stateType,
        Restorer<P, S> restore) {

    /** Rebuilds a fitted detector from what was saved. */
    @FunctionalInterface
    public interface Restorer<P, S> {
        FittedDetector restore(Provenance provenance, P params, S state);
    }

    public DetectorFactory {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("detector name must not be blank");
        }
        Objects.requireNonNull(paramsType, "paramsType");
        Objects.requireNonNull(defaults, "defaults");
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(stateType, "stateType");
        Objects.requireNonNull(restore, "restore");
    }
}
