package io.faultline.datasets.rcaeval;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a case in the RCAEval layout, so that RCAEval's own scripts and {@link RcaEvalLoader} read it:
 * {@code <root>/<rootCause>_<faultType>/<rep>/data.csv} (a {@code time} column in unix seconds, then one
 * column per metric, an empty cell for {@code NaN}), {@code inject_time.txt} (the fault time in whole unix
 * seconds) and, when the case has a graph, {@value GraphJson#FILE}. Files of those names are replaced.
 *
 * <p>The layout holds one recording whose columns name their service, so the writer refuses a case with a
 * separate baseline, a column whose name does not start with {@code <component>_}, a root cause or fault
 * type containing {@code _} or {@code /}, and a fault time that is not a whole second.
 */
public final class RcaEvalCaseWriter {
    private final GraphJson graphJson = new GraphJson();

    /**
     * Writes {@code c} as repetition {@code rep} and returns its folder.
     *
     * @throws IllegalArgumentException when the case cannot be written in this layout (see the class comment)
     */
    public Path write(RcaCaseData c, Path root, int rep) throws IOException {
        check(c, rep);
        Path folder = root.resolve(c.rootCause() + "_" + c.faultType()).resolve(Integer.toString(rep));
        Files.createDirectories(folder);
        writeData(c.data(), folder.resolve(RcaEvalLoader.DATA_FILE));
        Files.writeString(folder.resolve(RcaEvalLoader.INJECT_TIME_FILE), c.faultTimeMs() / 1000 + "\n",
                StandardCharsets.UTF_8);
        Path graphFile = folder.resolve(GraphJson.FILE);
        if (c.graph().isEmpty()) {
            Files.deleteIfExists(graphFile);
        } else {
            graphJson.write(c.graph(), graphFile);
        }
        return folder;
    }

    private static void check(RcaCaseData c, int rep) {
        if (rep < 0) {
            throw new IllegalArgumentException("rep must be >= 0, was " + rep);
        }
        if (c.hasBaseline()) {
            throw new IllegalArgumentException("case " + c.name() + " has a separate baseline recording; "
                    + "the RCAEval layout holds one recording");
        }
        for (String part : List.of(c.rootCause(), c.faultType())) {
            if (part.contains("_") || part.contains("/") || part.contains("\\")) {
                throw new IllegalArgumentException("case " + c.name() + ": \"" + part
                        + "\" may not contain '_' or a path separator in an RCAEval folder name");
            }
        }
        if (c.faultTimeMs() % 1000 != 0) {
            throw new IllegalArgumentException("case " + c.name() + ": fault time " + c.faultTimeMs()
                    + " ms is not a whole second, as inject_time.txt needs");
        }
        for (MetricColumn column : c.data().columns()) {
            if (!column.name().equals(column.component() + "_" + column.metric())
                    && !(column.metric().isEmpty() && column.name().equals(column.component()))) {
                throw new IllegalArgumentException("case " + c.name() + ": column \"" + column.name()
                        + "\" must be named <component>_<metric> (" + column.component() + "_" + column.metric() + ")");
            }
            if (column.name().equals(WideCsvTable.TIME) || column.component().contains("_")) {
                throw new IllegalArgumentException("case " + c.name() + ": column \"" + column.name()
                        + "\" cannot be read back as a metric of component \"" + column.component() + "\"");
            }
        }
    }

    private static void writeData(MetricTable table, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder(WideCsvTable.TIME);
            for (MetricColumn column : table.columns()) {
                line.append(',').append(field(column.name()));
            }
            out.write(line.append('\n').toString());
            for (int row = 0; row < table.rows(); row++) {
                line.setLength(0);
                line.append(BigDecimal.valueOf(table.timestampsMs()[row]).movePointLeft(3).stripTrailingZeros().toPlainString());
                for (MetricColumn column : table.columns()) {
                    line.append(',').append(number(column.values()[row]));
                }
                out.write(line.append('\n').toString());
            }
        }
    }

    /** RFC 4180: quote a field holding a comma, quote or line break, doubling inner quotes. */
    static String field(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** Plain decimals that read back to the same double; empty for NaN, {@code inf} as pandas writes it. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return 1 / v < 0 ? "-0" : "0"; // keep the sign, so that the value reads back identical
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
