/**
 * The Contextual Anomaly Detector, open-source edition (CAD-OSE, M. Smirnov 2016): a port of its
 * context memory ({@code ContextMemory}), its scoring step ({@link io.faultline.models.cad.CadOseCore})
 * and a streaming detector that learns its value range online
 * ({@link io.faultline.models.cad.CadOseDetector}).
 *
 * <p>May import {@code io.faultline.models} and {@code io.faultline.ingest}.
 */
package io.faultline.models.cad;
