package io.faultline.datasets.rcaeval;

/**
 * One labelled root-cause case of a benchmark, whatever its file layout: the same record comes out of the
 * RCAEval, Sock Shop 1 and PetShop loaders and goes into the RCAEval-layout writer.
 *
 * <p>A ranker's view of the case: the rows of {@code baseline} (a separate normal-period recording, empty
 * when the layout has none) followed by the rows of {@code data} before the onset are normal; the rows of
 * {@code data} at or after the onset are the incident. The onset is {@code faultTimeMs}, or that shifted
 * late, or one found by a detector; shifting it late moves the first rows of the incident into the normal
 * part, as RCAEval's {@code --tdelta} does.
 *
 * @param name        the case folder relative to the data root, e.g. {@code carts_cpu/1},
 *                    {@code carts-cpu/1} or {@code low_traffic/test/issue_3}
 * @param rootCause   the true root-cause service or node (ground truth: never shown to a ranker)
 * @param faultType   the fault as the dataset names it, e.g. {@code cpu}, {@code mem}, {@code delay};
 *                    PetShop names the symptom instead ({@code latency} or {@code availability})
 * @param faultTimeMs when the fault started, unix milliseconds (RCAEval: the injection time; Sock Shop 1:
 *                    the first row of the anomalous recording; PetShop: the target's anomaly time)
 * @param data        the recording that holds the fault
 * @param baseline    a separate normal-period recording, {@link MetricTable#EMPTY} when there is none
 * @param graph       the call graph the dataset supplies, {@link CallGraph#EMPTY} when it supplies none
 * @param sliColumn   the column of {@code data} whose violation defines the incident when the dataset names
 *                    one (PetShop's target), else null; it is an input, not ground truth
 */
public record RcaCaseData(String name, String rootCause, String faultType, long faultTimeMs,
                          MetricTable data, MetricTable baseline, CallGraph graph, String sliColumn) {

    public RcaCaseData {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("case name is required");
        }
        if (rootCause == null || rootCause.isBlank()) {
            throw new IllegalArgumentException("case " + name + " has no root cause");
        }
        if (faultType == null || faultType.isBlank()) {
            throw new IllegalArgumentException("case " + name + " has no fault type");
        }
        if (data == null || data.isEmpty()) {
            throw new IllegalArgumentException("case " + name + " has no data rows");
        }
        if (baseline == null || graph == null) {
            throw new IllegalArgumentException("case " + name
                    + ": use MetricTable.EMPTY and CallGraph.EMPTY for a missing baseline or graph, not null");
        }
        long last = data.timestampsMs()[data.rows() - 1];
        if (faultTimeMs > last) {
            throw new IllegalArgumentException("case " + name + ": fault time " + faultTimeMs
                    + " is after the last row (" + last + ")");
        }
        if (sliColumn != null && data.column(sliColumn).isEmpty()) {
            throw new IllegalArgumentException("case " + name + ": SLI column '" + sliColumn + "' is not in the data");
        }
    }

    /** Whether the case has a separate normal-period recording. */
    public boolean hasBaseline() {
        return !baseline.isEmpty();
    }

    /** Index of the first row of {@code data} at or after the fault time. */
    public int faultRow() {
        return data.firstRowAtOrAfter(faultTimeMs);
    }
}
