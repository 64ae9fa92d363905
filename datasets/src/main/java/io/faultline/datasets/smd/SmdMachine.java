package io.faultline.datasets.smd;

import java.util.List;

/**
 * One machine of an SMD-layout folder, fully loaded: the training and test matrices (same columns),
 * one label per test row and the labelled anomalies with their marked dimensions.
 */
public final class SmdMachine {
    private final String name;
    private final SmdMatrix train;
    private final SmdMatrix test;
    private final boolean[] labels;
    private final List<InterpretationSegment> interpretation;

    /**
     * @param name           the machine's name, e.g. {@code machine-1-6}
     * @param train          training rows
     * @param test           test rows, with the columns of {@code train}
     * @param labels         one per test row, {@code true} = anomalous; copied
     * @param interpretation labelled anomalies, each within the test rows and columns
     */
    public SmdMachine(String name, SmdMatrix train, SmdMatrix test, boolean[] labels,
            List<InterpretationSegment> interpretation) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (train.columns() != test.columns()) {
            throw new IllegalArgumentException("train has " + train.columns() + " columns but test has " + test.columns());
        }
        if (labels.length != test.rows()) {
            throw new IllegalArgumentException(labels.length + " labels for " + test.rows() + " test rows");
        }
        for (InterpretationSegment s : interpretation) {
            if (s.end() > test.rows() || s.dimensions().get(s.dimensions().size() - 1) >= test.columns()) {
                throw new IllegalArgumentException("segment " + s + " outside " + test.rows() + " test rows x "
                        + test.columns() + " columns");
            }
        }
        this.name = name;
        this.train = train;
        this.test = test;
        this.labels = labels.clone();
        this.interpretation = List.copyOf(interpretation);
    }

    public String name() {
        return name;
    }

    public SmdMatrix train() {
        return train;
    }

    public SmdMatrix test() {
        return test;
    }

    /** A copy of the test labels, {@code true} = anomalous. */
    public boolean[] labels() {
        return labels.clone();
    }

    /** Test rows labelled anomalous. */
    public int anomalousRows() {
        int n = 0;
        for (boolean l : labels) {
            n += l ? 1 : 0;
        }
        return n;
    }

    /** The labelled anomalies with their dimensions, ordered by start. */
    public List<InterpretationSegment> interpretation() {
        return interpretation;
    }

    @Override
    public String toString() {
        return "SmdMachine[" + name + ", train " + train.rows() + " x " + train.columns() + ", test " + test.rows()
                + ", " + anomalousRows() + " anomalous rows, " + interpretation.size() + " segments]";
    }
}
