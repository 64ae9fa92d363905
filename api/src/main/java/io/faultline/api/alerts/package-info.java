/**
 * Alerts from other monitoring systems as evidence: Alertmanager's webhook (payload version 4)
 * is mapped to anomalies on the components its alerts' labels name and fed to the live pipeline.
 * Imports the pipeline, rca and ingest; knows nothing of HTTP.
 */
package io.faultline.api.alerts;
