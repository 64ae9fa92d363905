/**
 * Reports for analysts: one self-contained HTML page per evaluation run (inline CSS and SVG, a few
 * lines of inline script, nothing fetched from the network), with the table of results and, per
 * series, the values, anomaly scores, the chosen threshold, the labelled windows and the detections.
 * Long series are drawn from a min/max envelope per pixel bucket; detections are drawn from the rows
 * themselves, so none is lost to the downsampling.
 *
 * <p>May import {@code io.faultline.training.nab}, {@code io.faultline.datasets.nab} and
 * {@code io.faultline.ingest} only.
 */
package io.faultline.training.report;
