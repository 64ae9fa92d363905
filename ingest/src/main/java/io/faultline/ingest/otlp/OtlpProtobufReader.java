package io.faultline.ingest.otlp;

import io.faultline.ingest.format.protobuf.ProtoReader;
import io.faultline.ingest.otlp.MetricsRequest.Attribute;
import io.faultline.ingest.otlp.MetricsRequest.Metric;
import io.faultline.ingest.otlp.MetricsRequest.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a protobuf {@code ExportMetricsServiceRequest} into a {@link MetricsRequest}: this class walks
 * the request, its {@code ResourceMetrics} and {@code ScopeMetrics}; {@link ProtobufMetricReader},
 * {@link ProtobufPointReader} and {@link ProtobufAttributeReader} read what they hold. Field numbers are
 * those of opentelemetry-proto v1 ({@code collector/metrics/v1/metrics_service.proto},
 * {@code metrics/v1/metrics.proto}, {@code common/v1/common.proto}, {@code resource/v1/resource.proto});
 * unknown fields are skipped as protobuf requires, exemplars and metadata are skipped, repeated
 * numbers are accepted packed and unpacked. Paths in messages use the OTLP/JSON field names.
 */
final class OtlpProtobufReader {
    private OtlpProtobufReader() {
    }

    static MetricsRequest read(byte[] body) {
        ProtoReader r = new ProtoReader(body, 0, body.length, "OTLP");
        List<Resource> resources = new ArrayList<>();
        while (r.more()) {
            if (r.readTag() >>> 3 == 1) {
                r.expect(ProtoReader.LEN, "", "resourceMetrics");
                String at = "resourceMetrics[" + resources.size() + "]";
                resources.add(r.message(() -> resourceMetrics(r, at)));
            } else {
                r.skipField();
            }
        }
        return new MetricsRequest(resources);
    }

    /** ResourceMetrics { Resource resource = 1; repeated ScopeMetrics scope_metrics = 2; } */
    private static Resource resourceMetrics(ProtoReader r, String path) {
        List<Attribute> attributes = List.of();
        List<Metric> metrics = new ArrayList<>();
        int scopes = 0;
        while (r.more()) {
            switch (r.readTag() >>> 3) {
                case 1 -> {
                    r.expect(ProtoReader.LEN, path, ".resource");
                    attributes = r.message(() -> resource(r, path + ".resource"));
                }
                case 2 -> {
                    r.expect(ProtoReader.LEN, path, ".scopeMetrics");
                    String at = path + ".scopeMetrics[" + scopes++ + "]";
                    r.message(() -> scopeMetrics(r, at, metrics));
                }
                default -> r.skipField();
            }
        }
        return new Resource(path, attributes, metrics);
    }

    /** Resource { repeated KeyValue attributes = 1; } */
    private static List<Attribute> resource(ProtoReader r, String path) {
        List<Attribute> attributes = new ArrayList<>();
        while (r.more()) {
            if (r.readTag() >>> 3 == 1) {
                ProtobufAttributeReader.attribute(r, path, attributes);
            } else {
                r.skipField();
            }
        }
        return attributes;
    }

    /** ScopeMetrics { InstrumentationScope scope = 1; repeated Metric metrics = 2; }: the scope adds nothing. */
    private static List<Metric> scopeMetrics(ProtoReader r, String path, List<Metric> metrics) {
        int index = 0;
        while (r.more()) {
            if (r.readTag() >>> 3 == 2) {
                r.expect(ProtoReader.LEN, path, ".metrics");
                String at = path + ".metrics[" + index++ + "]";
                metrics.add(r.message(() -> ProtobufMetricReader.metric(r, at)));
            } else {
                r.skipField();
            }
        }
        return metrics;
    }
}
