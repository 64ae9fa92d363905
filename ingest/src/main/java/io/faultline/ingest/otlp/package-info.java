/**
 * OTLP metrics in: the protobuf and OTLP/JSON readers of {@code ExportMetricsServiceRequest}
 * (read by hand with {@link io.faultline.ingest.format.protobuf.ProtoReader} over opentelemetry-proto
 * v1's field numbers, no generated code), the
 * mapping to series and samples ({@link io.faultline.ingest.otlp.OtlpMetricsDecoder} documents it),
 * histogram quantiles, and the OTLP/HTTP response bodies ({@link io.faultline.ingest.otlp.OtlpResponses}, written
 * with {@link io.faultline.ingest.format.protobuf.ProtoWriter}).
 *
 * <p>May import: {@code io.faultline.ingest}, {@code io.faultline.ingest.format} (its shared pieces:
 * {@code Excerpt}, {@code TimeOrder}, {@code protobuf}), Jackson core. Not the store.
 */
package io.faultline.ingest.otlp;
