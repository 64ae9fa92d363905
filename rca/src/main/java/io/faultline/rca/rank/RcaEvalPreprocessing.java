package io.faultline.rca.rank;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * How RCAEval prepares a case before its statistical rankers ({@link BaroRanker}, {@link NSigmaRanker})
 * score it (Pham et al., RCAEval, WWW 2025 companion; its {@code main.py} and
 * {@code RCAEval/io/time_series.py}): columns whose name ends with one of {@code droppedSuffixes} are
 * left out (RCAEval drops Sock Shop's median and p99 latency), infinities become gaps, gaps are
 * forward-filled and what is still missing is 0; the last {@code normalRows} rows before the onset are
 * the normal part and the first {@code anomalousRows} rows from it the anomalous part (RCAEval keeps ten
 * minutes, 300 rows each side); in each part a column whose every value equals its first is dropped,
 * and only columns kept in both parts are scored; a column whose name ends with {@code memorySuffix}
 * is divided by {@code memoryDivisor} (bytes to MB), which matters when its spread is 0 and the
 * scale falls back to 1. Bound from JSON with Jackson; a missing key takes its default.
 *
 * @param normalRows      rows of the normal part, the last ones before the onset, >= 1
 * @param anomalousRows   rows of the anomalous part, the first ones from the onset, >= 1
 * @param droppedSuffixes column-name endings left out entirely; may be empty
 * @param memorySuffix    column-name ending of memory columns; empty for none
 * @param memoryDivisor   what memory columns are divided by, > 0
 */
public record RcaEvalPreprocessing(int normalRows, int anomalousRows, List<String> droppedSuffixes,
                                   String memorySuffix, double memoryDivisor) {

    public static final RcaEvalPreprocessing DEFAULTS =
            new RcaEvalPreprocessing(300, 300, List.of("_lat_50", "_lat_99"), "_mem", 1e6);

    public RcaEvalPreprocessing {
        if (normalRows < 1) {
            throw new IllegalArgumentException("normalRows must be >= 1, was " + normalRows);
        }
        if (anomalousRows < 1) {
            throw new IllegalArgumentException("anomalousRows must be >= 1, was " + anomalousRows);
        }
        if (droppedSuffixes == null || droppedSuffixes.stream().anyMatch(s -> s == null || s.isEmpty())) {
            throw new IllegalArgumentException("droppedSuffixes must be a list of non-empty endings, was " + droppedSuffixes);
        }
        droppedSuffixes = List.copyOf(droppedSuffixes);
        if (memorySuffix == null) {
            throw new IllegalArgumentException("memorySuffix is required (\"\" for none)");
        }
        if (!(memoryDivisor > 0) || Double.isInfinite(memoryDivisor)) {
            throw new IllegalArgumentException("memoryDivisor must be > 0, was " + memoryDivisor);
        }
    }

    /** Whether a column of this name is left out. */
    boolean dropped(String column) {
        return droppedSuffixes.stream().anyMatch(column::endsWith);
    }

    /** Whether a column of this name holds memory, to be divided by {@link #memoryDivisor()}. */
    boolean memory(String column) {
        return !memorySuffix.isEmpty() && column.endsWith(memorySuffix);
    }

    @JsonCreator
    static RcaEvalPreprocessing fromJson(
            @JsonProperty("normalRows") Integer normalRows,
            @JsonProperty("anomalousRows") Integer anomalousRows,
            @JsonProperty("droppedSuffixes") List<String> droppedSuffixes,
            @JsonProperty("memorySuffix") String memorySuffix,
            @JsonProperty("memoryDivisor") Double memoryDivisor) {
        RcaEvalPreprocessing d = DEFAULTS;
        return new RcaEvalPreprocessing(
                normalRows == null ? d.normalRows : normalRows,
                anomalousRows == null ? d.anomalousRows : anomalousRows,
                droppedSuffixes == null ? d.droppedSuffixes : droppedSuffixes,
                memorySuffix == null ? d.memorySuffix : memorySuffix,
                memoryDivisor == null ? d.memoryDivisor : memoryDivisor);
    }
}
