package io.faultline.api.service;

import io.faultline.api.pipeline.LivePipeline;
import io.faultline.rca.Anomaly;
import io.faultline.rca.Incident;
import io.faultline.rca.IncidentStatus;
import java.util.ArrayList;
import java.util.List;

/** Reads the anomalies and incidents the live pipeline has found. */
public final class IncidentService {
    private final LivePipeline pipeline;

    public IncidentService(LivePipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Active incidents first (by opening), then the remembered resolved ones (newest first). */
    public List<Incident> list(IncidentStatus status) {
        List<Incident> all = new ArrayList<>(pipeline.incidents().active());
        all.addAll(pipeline.incidents().resolved());
        return status == null ? all : all.stream().filter(i -> i.status() == status).toList();
    }

    public Incident get(String id) {
        return pipeline.incidents().find(id).orElseThrow(() -> new NotFoundException("no incident with id '" + id + "'"));
    }

    public List<Anomaly> anomalies(long fromMs, long toMs, String component) {
        return pipeline.anomalies(fromMs, toMs, component);
    }
}
