package io.faultline.datasets.smd;

import io.faultline.ingest.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder in the layout of the Server Machine Dataset (Su et al., "Robust Anomaly Detection for
 * Multivariate Time Series through Stochastic Recurrent Neural Network", KDD 2019): per machine
 * {@code <m>_train.csv} and {@code <m>_test.csv} (no header, comma-separated numbers),
 * {@code <m>_test_label.csv} (one 0/1 per test row) and {@code interpretation_label/<m>.txt}.
 *
 * <p>{@link #open} lists the machines (every {@code *_train.csv}) and checks that each has its three
 * companion files; {@link #load} reads one machine, so a caller holds one machine in memory at a time.
 * Bad content raises {@link InvalidInputException} naming the file and line.
 */
public final class SmdDataset {
    /** Metrics per row in the published SMD. */
    public static final int SMD_COLUMNS = 38;
    static final String TRAIN_SUFFIX = "_train.csv";
    static final String INTERPRETATION_FOLDER = "interpretation_label";

    private final Path folder;
    private final int columns;
    private final List<String> machines;

    private SmdDataset(Path folder, int columns, List<String> machines) {
        this.folder = folder;
        this.columns = columns;
        this.machines = machines;
    }

    /** Opens a folder of the published SMD ({@value #SMD_COLUMNS} columns). */
    public static SmdDataset open(Path folder) throws IOException {
        return open(folder, SMD_COLUMNS);
    }

    /**
     * Opens a folder in the SMD layout whose files have {@code columns} columns.
     *
     * @throws InvalidInputException when the folder is missing, holds no {@code *_train.csv}, or a
     *                               machine lacks one of its files (the message names it)
     */
    public static SmdDataset open(Path folder, int columns) throws IOException {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be >= 1, was " + columns);
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("not a folder: " + folder);
        }
        List<String> machines = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(TRAIN_SUFFIX) && n.length() > TRAIN_SUFFIX.length())
                    .map(n -> n.substring(0, n.length() - TRAIN_SUFFIX.length()))
                    .sorted()
                    .forEach(machines::add);
        }
        if (machines.isEmpty()) {
            throw new InvalidInputException("no *" + TRAIN_SUFFIX + " file in " + folder + ": not an SMD-layout folder");
        }
        SmdDataset dataset = new SmdDataset(folder, columns, List.copyOf(machines));
        for (String m : machines) {
            for (String name : List.of(testName(m), labelName(m), interpretationName(m))) {
                if (!Files.isRegularFile(folder.resolve(name))) {
                    throw new InvalidInputException("machine " + m + ": missing file " + name + " in " + folder);
                }
            }
        }
        return dataset;
    }

    /** The machines found, sorted by name. */
    public List<String> machines() {
        return machines;
    }

    /** Columns every file must have. */
    public int columns() {
        return columns;
    }

    /**
     * Reads one machine.
     *
     * @throws IllegalArgumentException when the machine is not in {@link #machines()}
     * @throws InvalidInputException    on bad content, naming file and line, or when the label count
     *                                  differs from the test row count
     */
    public SmdMachine load(String machine) throws IOException {
        if (!machines.contains(machine)) {
            throw new IllegalArgumentException("unknown machine '" + machine + "', expected one of " + machines);
        }
        SmdMatrix train;
        try (BufferedReader in = reader(machine + TRAIN_SUFFIX)) {
            train = SmdCsv.readMatrix(in, machine + TRAIN_SUFFIX, columns);
        }
        SmdMatrix test;
        try (BufferedReader in = reader(testName(machine))) {
            test = SmdCsv.readMatrix(in, testName(machine), columns);
        }
        boolean[] labels;
        try (BufferedReader in = reader(labelName(machine))) {
            labels = SmdCsv.readLabels(in, labelName(machine));
        }
        if (labels.length != test.rows()) {
            throw new InvalidInputException(labelName(machine) + " has " + labels.length + " labels but "
                    + testName(machine) + " has " + test.rows() + " rows");
        }
        List<InterpretationSegment> segments;
        try (BufferedReader in = reader(interpretationName(machine))) {
            segments = InterpretationLabels.read(in, interpretationName(machine), test.rows(), columns);
        }
        return new SmdMachine(machine, train, test, labels, segments);
    }

    private BufferedReader reader(String name) throws IOException {
        return Files.newBufferedReader(folder.resolve(name), StandardCharsets.UTF_8);
    }

    private static String testName(String machine) {
        return machine + "_test.csv";
    }

    private static String labelName(String machine) {
        return machine + "_test_label.csv";
    }

    private static String interpretationName(String machine) {
        return INTERPRETATION_FOLDER + "/" + machine + ".txt";
    }
}
