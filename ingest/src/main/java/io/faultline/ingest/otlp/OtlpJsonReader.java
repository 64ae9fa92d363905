package io.faultline.ingest.otlp;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.otlp.MetricsRequest.Attribute;
import io.faultline.ingest.otlp.MetricsRequest.Metric;
import io.faultline.ingest.otlp.MetricsRequest.Resource;
import io.faultline.ingest.otlp.MetricsRequest.Type;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an OTLP/JSON {@code ExportMetricsServiceRequest} (the protobuf JSON mapping as the OTLP
 * specification restricts it, see {@link JsonCursor}) into a {@link MetricsRequest}, streaming: this
 * class walks the request, its resources, scopes and metrics; {@link JsonPointReader} and
 * {@link JsonAttributeReader} read points and attributes. Unknown fields are ignored, as OTLP/JSON
 * receivers must. A value of the wrong JSON type is refused with its path, e.g.
 * {@code resourceMetrics[0].scopeMetrics[0].metrics[1].sum.dataPoints[3].timeUnixNano}.
 */
final class OtlpJsonReader {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final List<String> TEMPORALITIES = List.of("AGGREGATION_TEMPORALITY_UNSPECIFIED",
            "AGGREGATION_TEMPORALITY_DELTA", "AGGREGATION_TEMPORALITY_CUMULATIVE");

    private final JsonCursor c;
    private final JsonAttributeReader attributes;
    private final JsonPointReader points;

    private OtlpJsonReader(JsonCursor cursor) {
        this.c = cursor;
        this.attributes = new JsonAttributeReader(cursor);
        this.points = new JsonPointReader(cursor, attributes);
    }

    static MetricsRequest read(byte[] body) {
        try (JsonParser parser = FACTORY.createParser(body)) {
            OtlpJsonReader reader = new OtlpJsonReader(new JsonCursor(parser));
            if (parser.nextToken() == null) {
                throw new InvalidInputException("body is empty, expected a JSON object");
            }
            MetricsRequest request = reader.request();
            if (parser.nextToken() != null) {
                throw new InvalidInputException("unexpected content after the top-level object");
            }
            return request;
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new InvalidInputException("malformed JSON" + (where == null ? "" : " at line " + where.getLineNr()
                    + ", column " + where.getColumnNr()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the request body failed", e);
        }
    }

    private MetricsRequest request() throws IOException {
        List<Resource> resources = new ArrayList<>();
        c.object("", (name, at) -> {
            if (name.equals("resourceMetrics")) {
                c.array(at, (i, elementAt) -> resources.add(resourceMetrics(elementAt)));
            } else {
                c.skip();
            }
        });
        return new MetricsRequest(resources);
    }

    private Resource resourceMetrics(String at) throws IOException {
        List<Attribute> resourceAttributes = new ArrayList<>();
        List<Metric> metrics = new ArrayList<>();
        c.object(at, (name, fieldAt) -> {
            switch (name) {
                case "resource" -> c.object(fieldAt, (n, a) -> {
                    if (n.equals("attributes")) {
                        attributes.read(a, resourceAttributes);
                    } else {
                        c.skip();
                    }
                });
                case "scopeMetrics" -> c.array(fieldAt, (i, scopeAt) -> c.object(scopeAt, (n, a) -> {
                    if (n.equals("metrics")) {
                        c.array(a, (j, metricAt) -> metrics.add(metric(metricAt)));
                    } else {
                        c.skip();
                    }
                }));
                default -> c.skip();
            }
        });
        return new Resource(at, resourceAttributes, metrics);
    }

    private Metric metric(String at) throws IOException {
        MetricFields m = new MetricFields();
        c.object(at, (name, fieldAt) -> {
            switch (name) {
                case "name" -> m.name = c.string(fieldAt);
                case "unit" -> m.unit = c.string(fieldAt);
                case "gauge", "sum", "histogram", "exponentialHistogram", "summary" -> data(name, fieldAt, m);
                default -> c.skip();
            }
        });
        return m.metric(at);
    }

    private void data(String field, String at, MetricFields m) throws IOException {
        Type type = switch (field) {
            case "gauge" -> Type.GAUGE;
            case "sum" -> Type.SUM;
            case "histogram" -> Type.HISTOGRAM;
            case "exponentialHistogram" -> Type.EXPONENTIAL_HISTOGRAM;
            default -> Type.SUMMARY;
        };
        m.data(type);
        c.object(at, (name, fieldAt) -> {
            if (name.equals("dataPoints")) {
                c.array(fieldAt, (i, pointAt) -> {
                    switch (type) {
                        case GAUGE, SUM -> m.numbers.add(points.number(pointAt));
                        case HISTOGRAM -> m.histograms.add(points.histogram(pointAt));
                        case EXPONENTIAL_HISTOGRAM -> m.exponentials.add(points.exponential(pointAt));
                        default -> {
                            m.others++;
                            c.skip();
                        }
                    }
                });
            } else if (name.equals("aggregationTemporality") && type != Type.GAUGE && type != Type.SUMMARY) {
                m.temporality = c.enumValue(fieldAt, TEMPORALITIES);
            } else if (name.equals("isMonotonic") && type == Type.SUM) {
                m.monotonic = c.bool(fieldAt);
            } else {
                c.skip();
            }
        });
    }
}
