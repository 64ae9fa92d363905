package io.faultline.ingest.otlp;

import io.faultline.ingest.otlp.MetricsRequest.Attribute;
import io.faultline.ingest.otlp.MetricsRequest.PointHeader;
import java.util.ArrayList;
import java.util.List;

/**
 * The fields every data point has, gathered while a reader walks a point's fields in whatever order
 * they come; both encodings' point readers share it, so the three point types read them one way.
 */
final class PointFields {
    final List<Attribute> attributes = new ArrayList<>();
    long startNs;
    long timeNs;
    int flags;

    PointHeader header() {
        return new PointHeader(attributes, startNs, timeNs, flags);
    }
}
