package io.faultline.rca.topology;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKinds;

import java.util.List;

/**
 * A service graph plus the series labels that name a series' component, in priority order.
 *
 * @param graph the components and their caller-to-callee edges
 * @param componentLabels label names tried in order; the first one a series has names its component
 */
public record Topology(ServiceGraph graph, List<String> componentLabels) {

    /** The label used when a topology does not say: {@code service}. */
    public static final List<String> DEFAULT_COMPONENT_LABELS = List.of("service");

    public Topology {
        if (graph == null) {
            throw new IllegalArgumentException("graph is required");
        }
        if (componentLabels == null || componentLabels.isEmpty()) {
            throw new IllegalArgumentException("componentLabels must name at least one label");
        }
        for (int i = 0; i < componentLabels.size(); i++) {
            String label = componentLabels.get(i);
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("componentLabels[" + i + "] is blank");
            }
        }
        componentLabels = List.copyOf(componentLabels);
    }

    /** A topology over {@code graph} whose series name their component with the label {@code service}. */
    public static Topology of(ServiceGraph graph) {
        return new Topology(graph, DEFAULT_COMPONENT_LABELS);
    }

    /**
     * The component a series belongs to: the value of the first of {@link #componentLabels()} the
     * series has, or null when it has none. The value is returned even when the graph does not
     * declare such a component, so that anomalies outside the declared graph keep a name.
     */
    public String componentOf(SeriesKey series) {
        for (String label : componentLabels) {
            String value = series.label(label);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * The samples as a ranker input: their component by {@link #componentOf} (null when none)
     * and their signal kind by {@link SignalKinds}.
     */
    public ComponentSeries componentSeries(SeriesSamples samples) {
        return new ComponentSeries(componentOf(samples.key()), SignalKinds.of(samples.key()), samples);
    }

    /** Whether the graph declares {@code component}. */
    public boolean declares(String component) {
        return component != null && graph.contains(component);
    }
}
