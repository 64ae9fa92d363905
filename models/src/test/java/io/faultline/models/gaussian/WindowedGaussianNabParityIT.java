package io.faultline.models.gaussian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.faultline.models.Scorer;
import io.faultline.models.registry.DetectorRegistry;
import io.faultline.models.SyntheticSeries;
import io.faultline.ingest.SeriesSamples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The registry's default {@code windowed-gaussian} reproduces NAB's published per-row output
 * ({@code results/windowedGaussian/<category>/windowedGaussian_<name>.csv}: timestamp, value,
 * anomaly_score, ...) row by row. Runs when the NAB folder is found ({@code -Dfaultline.data=DIR}
 * holding {@code nab/}, else {@code shared/data/nab} above the working directory); skipped otherwise.
 */
class WindowedGaussianNabParityIT {
    private static final DateTimeFormatter NAB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @ParameterizedTest
    @ValueSource(strings = {"realKnownCause/machine_temperature_system_failure", "realTweets/Twitter_volume_AAPL",
            "artificialWithAnomaly/art_daily_jumpsup", "realAWSCloudwatch/ec2_cpu_utilization_825cc2"})
    void everyRowScoresAsInNab(String file) throws IOException {
        Optional<Path> nab = locate();
        assumeTrue(nab.isPresent(), "NAB data not found");
        String[] parts = file.split("/");
        Path results = nab.get().resolve("results/windowedGaussian").resolve(parts[0])
                .resolve("windowedGaussian_" + parts[1] + ".csv");
        List<String> lines = Files.readAllLines(results);
        int n = lines.size() - 1;
        long[] timestamps = new long[n];
        double[] values = new double[n];
        double[] expected = new double[n];
        for (int i = 0; i < n; i++) {
            String[] c = lines.get(i + 1).split(",");
            timestamps[i] = LocalDateTime.parse(c[0], NAB_TIME).toInstant(ZoneOffset.UTC).toEpochMilli();
            values[i] = Double.parseDouble(c[1]);
            expected[i] = Double.parseDouble(c[2]);
        }
        Scorer scorer = DetectorRegistry.defaultRegistry().create(WindowedGaussianDetector.NAME, null)
                .fit(new SeriesSamples(SyntheticSeries.KEY, new long[0], new double[0])).newScorer();
        for (int i = 0; i < n; i++) {
            assertEquals(expected[i], scorer.score(timestamps[i], values[i]).score(), 1e-9, file + " row " + i);
        }
    }

    private static Optional<Path> locate() {
        String property = System.getProperty("faultline.data");
        if (property != null && !property.isBlank()) {
            Path nab = Path.of(property).resolve("nab");
            return Files.isDirectory(nab) ? Optional.of(nab) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path nab = dir.resolve("shared").resolve("data").resolve("nab");
            if (Files.isDirectory(nab.resolve("results"))) {
                return Optional.of(nab);
            }
        }
        return Optional.empty();
    }
}
