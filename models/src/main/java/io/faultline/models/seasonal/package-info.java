/**
 * The seasonal-profile detector: robust baselines per hour of the day and per hour of the week (UTC,
 * from each point's own timestamp), falling back to a rolling global baseline until a slot has seen
 * enough points. Online; fitting replays the history into the slots.
 *
 * <p>Owns {@link io.faultline.models.seasonal.SeasonalProfileDetector} and its params, slot clock,
 * state, fitted form and scorer; may import {@code io.faultline.models}, {@code io.faultline.features},
 * {@code io.faultline.ingest} and Jackson annotations.
 */
package io.faultline.models.seasonal;
