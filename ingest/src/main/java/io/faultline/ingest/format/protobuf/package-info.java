/**
 * The protobuf wire format, read and written by hand: {@link io.faultline.ingest.format.protobuf.ProtoReader}
 * is the one cursor the remote_write parser and the OTLP protobuf reader share, so both report a malformed
 * message the same way (the problem and the byte offset); {@link io.faultline.ingest.format.protobuf.ProtoWriter}
 * is the one writer of the remote_write encoder and the OTLP responses. Public only because their users live
 * in other packages of this module; not an API for other modules.
 *
 * <p>May import: {@code io.faultline.ingest}. Nothing else.
 */
package io.faultline.ingest.format.protobuf;
