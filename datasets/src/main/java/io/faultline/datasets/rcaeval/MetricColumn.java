package io.faultline.datasets.rcaeval;

import io.faultline.ingest.SeriesKey;
import java.util.Arrays;

/**
 * One metric column of a {@link MetricTable}: its name as the file spells it, the component it belongs to,
 * what it measures, and one value per row of the table ({@code NaN} where the cell is empty). The array is
 * owned by this value: callers must not change it.
 *
 * @param name      the column label, e.g. {@code carts-db_mem} or {@code PetSite_latency_p90}
 * @param component the service or node the metric belongs to, e.g. {@code carts-db} or {@code PetSite}
 * @param metric    what it measures, e.g. {@code mem}, {@code lat_90} or {@code latency_p90}; may be empty
 * @param values    one value per row
 */
public record MetricColumn(String name, String component, String metric, double[] values) {
    /** The label that names a series' component, as the simulator and the topology format spell it. */
    public static final String COMPONENT_LABEL = "service";
    /** The label that keeps the original column name on a converted series. */
    public static final String COLUMN_LABEL = "column";

    public MetricColumn {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("column name is required");
        }
        if (component == null || component.isBlank()) {
            throw new IllegalArgumentException("column '" + name + "' has no component");
        }
        if (metric == null) {
            throw new IllegalArgumentException("column '" + name + "' has no metric (use \"\" for none)");
        }
        if (values == null) {
            throw new IllegalArgumentException("column '" + name + "' has no values");
        }
    }

    /**
     * The series key this column becomes in Faultline: the metric made a valid Prometheus name ({@code value}
     * when empty), with labels {@value #COMPONENT_LABEL} = component and {@value #COLUMN_LABEL} = name.
     */
    public SeriesKey key() {
        return SeriesKey.of(prometheusName(metric), COMPONENT_LABEL, component, COLUMN_LABEL, name);
    }

    static String prometheusName(String metric) {
        if (metric.isEmpty()) {
            return "value";
        }
        StringBuilder sb = new StringBuilder(metric.length() + 1);
        if (Character.isDigit(metric.charAt(0))) {
            sb.append('_');
        }
        for (char c : metric.toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':';
            sb.append(ok ? c : '_');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MetricColumn c && name.equals(c.name) && component.equals(c.component)
                && metric.equals(c.metric) && Arrays.equals(values, c.values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * name.hashCode() + component.hashCode()) + metric.hashCode()) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return name + "[" + values.length + " rows]";
    }
}
