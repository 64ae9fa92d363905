package io.faultline.api.service;

import io.faultline.api.pipeline.Diagnoser;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.ingest.InvalidInputException;
import io.faultline.rca.Anomaly;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.change.ChangeLink;
import java.util.List;
import java.util.OptionalLong;

/**
 * Ad hoc root-cause questions: "between these times, which component is at fault?". The onset is
 * the one given, or else the earliest anomaly onset the live pipeline saw in the window.
 */
public final class RcaService {
    private final LivePipeline pipeline;

    /** The question as the service takes it; times in Unix ms. */
    public record RcaQuery(long fromMs, long toMs, OptionalLong onsetMs, List<String> components) {
        public RcaQuery {
            if (toMs <= fromMs) {
                throw new InvalidInputException("'to' (" + toMs + ") must be after 'from' (" + fromMs + ")");
            }
            if (onsetMs.isPresent() && (onsetMs.getAsLong() < fromMs || onsetMs.getAsLong() > toMs)) {
                throw new InvalidInputException("'onset' (" + onsetMs.getAsLong() + ") must lie between 'from' and 'to'");
            }
            components = components == null ? List.of() : List.copyOf(components);
        }
    }

    /**
     * The answer ({@code changes}: the change events taken as evidence). {@code status} is {@code ranked}, or {@code no_anomaly} when no onset was given
     * and none was seen, or {@code insufficient_data} when the ranker had too little to work with.
     */
    public record RcaAnswer(String status, String ranker, long fromMs, long toMs, Long onsetMs,
                            List<RankedCause> causes, List<RecoveryAction> recoveries, List<ChangeLink> changes) {
    }

    public RcaService(LivePipeline pipeline) {
        this.pipeline = pipeline;
    }

    public RcaAnswer rank(RcaQuery q) {
        Diagnoser diagnoser = pipeline.diagnoser();
        OptionalLong onset = q.onsetMs().isPresent() ? q.onsetMs() : pipeline.anomalies(q.fromMs(), q.toMs(), null).stream()
                .filter(a -> q.components().isEmpty() || q.components().contains(a.component()))
                .mapToLong(Anomaly::onsetMs).filter(t -> t >= q.fromMs()).min();
        if (onset.isEmpty()) {
            return new RcaAnswer("no_anomaly", diagnoser.rankerName(), q.fromMs(), q.toMs(), null, List.of(), List.of(), List.of());
        }
        Diagnoser.Diagnosis d = diagnoser.diagnose(onset.getAsLong(), q.toMs(), q.components());
        String status = d.causes().isEmpty() ? "insufficient_data" : "ranked";
        return new RcaAnswer(status, diagnoser.rankerName(), q.fromMs(), q.toMs(), onset.getAsLong(), d.causes(), d.recoveries(), d.changes());
    }
}
