/**
 * Prometheus remote_write 1.0: {@link io.faultline.ingest.format.remotewrite.RemoteWriteDecoder} turns a
 * snappy-compressed {@code prometheus.WriteRequest} into a {@link io.faultline.ingest.SampleBatch} (with counts
 * of the samples it left out and why), and {@link io.faultline.ingest.format.remotewrite.RemoteWriteEncoder}
 * writes one, as Prometheus, Grafana Alloy or vmagent would send it. The protobuf wire format is read and
 * written by hand ({@link io.faultline.ingest.format.protobuf.ProtoReader}, {@link io.faultline.ingest.format.protobuf.ProtoWriter}): no generated classes, no object
 * per sample, straight into the columnar batch.
 *
 * <p>May import: {@code io.faultline.ingest}, {@code io.faultline.ingest.format}, {@code io.faultline.ingest.format.protobuf}, snappy-java. Not the store.
 */
package io.faultline.ingest.format.remotewrite;
