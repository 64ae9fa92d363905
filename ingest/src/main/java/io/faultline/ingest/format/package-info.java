/**
 * Wire and file formats into {@link io.faultline.ingest.SampleBatch}es: the JSON push format
 * ({@link io.faultline.ingest.format.JsonIngestDecoder}), wide and long CSV files
 * ({@link io.faultline.ingest.format.CsvImporter}), and the Prometheus text form of series and selectors
 * ({@link io.faultline.ingest.format.SeriesKeyParser}). Decoders enforce {@link io.faultline.ingest.IngestLimits}
 * and report bad input as {@link io.faultline.ingest.InvalidInputException} naming the JSON path or file and line
 * ({@link io.faultline.ingest.format.InputTooLargeException} when it is only too big). Prometheus remote_write
 * lives in the sub-package {@code remotewrite}, the protobuf wire reader it shares with OTLP in {@code protobuf}.
 *
 * <p>May import: {@code io.faultline.ingest}, Jackson core. Not the store.
 */
package io.faultline.ingest.format;
