package io.faultline.api.evaluate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Small benchmark folders written by hand for the evaluation ITs: three services ({@code cart}, {@code pay},
 * {@code web}) and a {@code cart-db}, each with {@code _cpu}, {@code _mem} (bytes) and {@code _lat_50} columns,
 * one row per second with seeded noise, and a fault that shifts some columns from a given row on.
 */
final class HandmadeCases {
    static final List<String> COLUMNS = List.of("cart_cpu", "cart-db_cpu", "pay_cpu", "web_cpu",
            "cart_mem", "cart-db_mem", "pay_mem", "web_mem", "web_lat_50");
    static final long START_S = 1_700_000_000L;

    /** A shift of one column from row {@code fromRow} on. */
    record Shift(String column, int fromRow, double delta) {
    }

    private HandmadeCases() {
    }

    /** The CSV text of {@code rows} rows from {@code startS}, noise seeded by {@code seed}, with the shifts applied. */
    static String csv(long startS, int rows, long seed, List<Shift> shifts) {
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder("time," + String.join(",", COLUMNS) + "\n");
        for (int r = 0; r < rows; r++) {
            sb.append(startS + r);
            for (String column : COLUMNS) {
                boolean memory = column.endsWith("_mem");
                double value = memory ? 2e8 + 1e5 * random.nextGaussian() : 10 + random.nextGaussian();
                for (Shift s : shifts) {
                    if (s.column().equals(column) && r >= s.fromRow()) {
                        value += s.delta();
                    }
                }
                sb.append(',').append(String.format(Locale.ROOT, "%.6f", value));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** An RCAEval case: {@code data.csv} of 120 rows and the fault injected at row 60. */
    static void rcaEvalCase(Path root, String name, long seed, List<Shift> shifts) throws IOException {
        Path folder = Files.createDirectories(root.resolve(name));
        Files.writeString(folder.resolve("data.csv"), csv(START_S, 120, seed, shifts));
        Files.writeString(folder.resolve("inject_time.txt"), (START_S + 60) + "\n");
    }

    /**
     * A Sock Shop 1 case: {@code anomalous.csv} of 60 rows, all faulty, and {@code normal.csv} of 60 rows
     * recorded an hour after it, as the published {@code orders-mem/5} was.
     */
    static void sockShopCase(Path root, String name, long seed, List<Shift> shifts) throws IOException {
        Path folder = Files.createDirectories(root.resolve(name));
        Files.writeString(folder.resolve("anomalous.csv"), csv(START_S, 60, seed, shifts));
        Files.writeString(folder.resolve("normal.csv"), csv(START_S + 3600, 60, seed + 1000, List.of()));
    }
}
