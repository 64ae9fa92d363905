/**
 * The training report ({@code train-report.json}): a tree of records, {@link io.faultline.training.fit.report.TrainReport}
 * at the root with one {@link io.faultline.training.fit.report.SeriesReport} per series, and
 * {@link io.faultline.training.fit.report.TrainReportJson}, which writes it deterministically and reads it back.
 *
 * <p>Values only: no I/O, no clock. May import Jackson and the JDK; nothing else of Faultline.
 */
package io.faultline.training.fit.report;
