/**
 * The live pipeline: every accepted batch is stored, scored point by point, turned into anomaly
 * runs and incidents, and diagnosed by the root-cause ranker, the last two on one background worker
 * ({@link io.faultline.api.pipeline.DiagnosisQueue}). Knows nothing of HTTP; imports
 * ingest, features (counter rates), models and rca.
 */
package io.faultline.api.pipeline;
