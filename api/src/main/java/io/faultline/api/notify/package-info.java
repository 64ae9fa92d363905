/**
 * Telling people and systems about incidents: one {@link io.faultline.api.notify.IncidentNotification}
 * per incident state, published to a {@link io.faultline.api.notify.NotificationDispatcher} that
 * drops repeats of a state and hands each notification to one background channel per target
 * (Alertmanager API v2, signed JSON webhook, Slack incoming webhook, PagerDuty Events v2), which
 * retries with backoff and counts what happened. Ingest never waits on a receiver. Imports rca
 * (incidents) and the api config; knows nothing of the HTTP server.
 */
package io.faultline.api.notify;
