package io.faultline.api.pipeline;

import io.faultline.rca.change.ChangeEvent;
import java.util.List;

/** Where a diagnosis finds the change events (deploys, config changes) of any component in a time range. */
@FunctionalInterface
public interface ChangeSource {
    /** No changes ever: diagnoses go by the metrics alone. */
    ChangeSource NONE = (fromMs, toMs) -> List.of();

    /** Changes with {@code fromMs <= at <= toMs}. */
    List<ChangeEvent> between(long fromMs, long toMs);
}
