package io.faultline.training.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.InvalidInputException;
import io.faultline.models.registry.DetectorRegistry;
import io.faultline.models.registry.ModelFiles;
import io.faultline.training.fit.report.SeriesReport;
import io.faultline.training.fit.report.TrainReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder and bad input: byte-identical reruns, overwriting, and the errors a user can cause. */
class TrainJobOutputIT {
    @TempDir
    Path dir;

    private final TrainJob job = new TrainJob(DetectorRegistry.defaultRegistry());

    @Test
    void theSameInputGivesByteIdenticalFiles() throws Exception {
        Path csv = WideCsv.write(dir.resolve("metrics.csv"), SyntheticHistory.fleet(7, 400).series());

        job.run(request(csv, "kmeans-window", dir.resolve("a"), 3L));
        job.run(request(csv, "kmeans-window", dir.resolve("b"), 3L));

        List<String> names = fileNames(dir.resolve("a"));
        assertEquals(names, fileNames(dir.resolve("b")));
        assertEquals(4, names.size()); // three models and the report
        for (String name : names) {
            assertEquals(-1L, Files.mismatch(dir.resolve("a").resolve(name), dir.resolve("b").resolve(name)), name);
        }
    }

    @Test
    void anExistingFolderKeepsOtherFilesAndModelsAreOverwritten() throws Exception {
        Path csv = WideCsv.write(dir.resolve("metrics.csv"), SyntheticHistory.fleet(7, 400).series());
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        TrainReport first = job.run(request(csv, "robust-zscore", out, null));
        String modelFile = first.series().get(0).modelFile();
        Files.writeString(out.resolve(modelFile), "not a model");

        TrainReport second = job.run(request(csv, "robust-zscore", out, null));

        assertEquals(first, second);
        assertEquals("keep me", Files.readString(out.resolve("notes.txt")));
        assertEquals(first.series().get(0).dataSha256(),
                new ModelFiles(DetectorRegistry.defaultRegistry()).load(out.resolve(modelFile)).provenance().dataSha256());
        assertEquals(5, fileNames(out).size());
    }

    @Test
    void anOutputPathThatIsAFileIsRefused() throws Exception {
        Path csv = WideCsv.write(dir.resolve("metrics.csv"), SyntheticHistory.fleet(7, 100).series());
        Path file = Files.writeString(dir.resolve("taken"), "x");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> job.run(request(csv, "robust-zscore", file, null)));

        assertEquals("output path " + file + " is a file, not a folder", e.getMessage());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void aBadCsvRowNamesTheFileAndLineAndNoReportIsWritten() throws Exception {
        Path csv = Files.writeString(dir.resolve("bad.csv"), "series,labels,time,value\n"
                + "cpu,service=cart,1704067200000,1\n"
                + "cpu,service=cart,1704067260000,oops\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> job.run(request(csv, "robust-zscore", out, null)));

        assertEquals("bad.csv line 3: column \"value\": value \"oops\" is not a number", e.getMessage());
        assertEquals(List.of(), fileNames(out));
    }

    @Test
    void anUnknownDetectorFailsBeforeAnythingIsWritten() throws Exception {
        Path csv = WideCsv.write(dir.resolve("metrics.csv"), SyntheticHistory.fleet(7, 100).series());
        Path out = dir.resolve("out");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> job.run(request(csv, "prophet", out, null)));

        assertEquals("unknown detector 'prophet'; valid detectors: [robust-zscore, block-median, kmeans-window, windowed-gaussian, ewma, seasonal-profile, bocpd, rcf, cad-ose, artime, anomaly-likelihood, max-ensemble]", e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingCsvFileIsNamed() {
        Path missing = dir.resolve("nowhere.csv");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> job.run(request(missing, "robust-zscore", dir.resolve("out"), null)));

        assertEquals("history file " + missing + " does not exist or is not a file", e.getMessage());
    }

    @Test
    void aCsvWithoutTrainableSeriesStillGetsAReport() throws Exception {
        Path csv = WideCsv.write(dir.resolve("short.csv"), SyntheticHistory.fleet(7, 10).series());
        Path out = dir.resolve("out");

        TrainReport report = job.run(request(csv, "robust-zscore", out, null));

        assertEquals(List.of("insufficient_data"), report.series().stream().map(SeriesReport::status)
                .map(s -> s.json()).distinct().toList());
        assertEquals(List.of(TrainJob.REPORT_FILE), fileNames(out));
    }

    private static TrainRequest request(Path csv, String detector, Path out, Long seed) {
        return new TrainRequest(new HistorySource.CsvFile(csv), detector, null, out, seed);
    }

    private static List<String> fileNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
