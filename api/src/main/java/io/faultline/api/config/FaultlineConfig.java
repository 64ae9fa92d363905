package io.faultline.api.config;

import io.faultline.rca.change.ChangeEvidenceParams;
import io.faultline.rca.incident.AnomalyTrackerParams;
import io.faultline.rca.incident.IncidentCorrelatorParams;
import io.faultline.rca.rank.BaselineDeviationParams;

/**
 * The whole configuration, loaded once from one YAML file with environment overrides,
 * validated, then frozen. Every setting has a default, so an empty file is a valid config;
 * a file names only what it changes.
 *
 * @param server         where the HTTP server listens and how much it accepts
 * @param storage        where samples are kept
 * @param ingest         limits on what one request may carry
 * @param detection      the detector every series is scored with, and where trained models live
 * @param topology       path of the topology file (components, edges, component labels); empty for none
 * @param anomalies      how scored points become anomaly runs
 * @param incidents      how anomaly runs are grouped into incidents
 * @param ranking        the root-cause ranker's parameters
 * @param diagnosis      how much history a diagnosis compares against and how often it is redone
 * @param runbook        path of a runbook file overriding the default recoveries; empty for the default
 * @param changes        how change events (deploys, config changes) before an onset weigh on the ranking
 * @param notifications  where incident notifications are sent (Alertmanager, webhooks, Slack, PagerDuty)
 * @param security       API tokens and whether they are required
 * @param recovery       the guard rails and executors of recovery actions
 */
public record FaultlineConfig(
        ServerConfig server,
        StorageConfig storage,
        IngestConfig ingest,
        DetectionConfig detection,
        String topology,
        AnomalyTrackerParams anomalies,
        IncidentCorrelatorParams incidents,
        BaselineDeviationParams ranking,
        DiagnosisConfig diagnosis,
        String runbook,
        ChangeEvidenceParams changes,
        NotificationsConfig notifications,
        SecurityConfig security,
        RecoveryConfig recovery) {

    public FaultlineConfig {
        server = server == null ? ServerConfig.DEFAULTS : server;
        storage = storage == null ? StorageConfig.DEFAULTS : storage;
        ingest = ingest == null ? IngestConfig.DEFAULTS : ingest;
        detection = detection == null ? DetectionConfig.DEFAULTS : detection;
        topology = topology == null ? "" : topology;
        anomalies = anomalies == null ? AnomalyTrackerParams.DEFAULTS : anomalies;
        incidents = incidents == null ? IncidentCorrelatorParams.DEFAULTS : incidents;
        ranking = ranking == null ? BaselineDeviationParams.DEFAULTS : ranking;
        diagnosis = diagnosis == null ? DiagnosisConfig.DEFAULTS : diagnosis;
        runbook = runbook == null ? "" : runbook;
        changes = changes == null ? ChangeEvidenceParams.DEFAULTS : changes;
        notifications = notifications == null ? NotificationsConfig.DEFAULTS : notifications;
        security = security == null ? SecurityConfig.DEFAULTS : security;
        recovery = recovery == null ? RecoveryConfig.DEFAULTS : recovery;
    }

    public static FaultlineConfig defaults() {
        return new FaultlineConfig(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public FaultlineConfig withServer(ServerConfig newServer) {
        return new FaultlineConfig(newServer, storage, ingest, detection, topology, anomalies, incidents, ranking, diagnosis, runbook, changes, notifications, security, recovery);
    }

    public FaultlineConfig withStorage(StorageConfig newStorage) {
        return new FaultlineConfig(server, newStorage, ingest, detection, topology, anomalies, incidents, ranking, diagnosis, runbook, changes, notifications, security, recovery);
    }

    public FaultlineConfig withDetection(DetectionConfig newDetection) {
        return new FaultlineConfig(server, storage, ingest, newDetection, topology, anomalies, incidents, ranking, diagnosis, runbook, changes, notifications, security, recovery);
    }

    public FaultlineConfig withTopology(String newTopology) {
        return new FaultlineConfig(server, storage, ingest, detection, newTopology, anomalies, incidents, ranking, diagnosis, runbook, changes, notifications, security, recovery);
    }

    public FaultlineConfig withNotifications(NotificationsConfig newNotifications) {
        return new FaultlineConfig(server, storage, ingest, detection, topology, anomalies, incidents, ranking, diagnosis, runbook, changes, newNotifications, security, recovery);
    }

    public FaultlineConfig withSecurity(SecurityConfig newSecurity) {
        return new FaultlineConfig(server, storage, ingest, detection, topology, anomalies, incidents, ranking, diagnosis, runbook, changes, notifications, newSecurity, recovery);
    }

    public FaultlineConfig withRecovery(RecoveryConfig newRecovery) {
        return new FaultlineConfig(server, storage, ingest, detection, topology, anomalies, incidents, ranking, diagnosis, runbook, changes, notifications, security, newRecovery);
    }
}
