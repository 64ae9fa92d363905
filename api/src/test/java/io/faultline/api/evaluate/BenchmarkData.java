package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the shared benchmark data for the opt-in ITs: the folder named by the system property
 * {@value #PROPERTY}, else the first {@code shared/data} found walking up from the working directory.
 * A test that asks for a data set that is not there is skipped, not failed.
 */
final class BenchmarkData {
    static final String PROPERTY = "faultline.data";

    private BenchmarkData() {
    }

    /** {@code <data>/<name>}, or the calling test skipped when it is absent. */
    static Path require(String name) {
        Path data = locate();
        assumeTrue(data != null, "no benchmark data: set -D" + PROPERTY + " or put it in a shared/data folder above");
        Path set = data.resolve(name);
        assumeTrue(Files.isDirectory(set), "benchmark data set " + name + " is absent");
        return set;
    }

    private static Path locate() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
