package io.faultline.models.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.models.FittedDetector;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import io.faultline.models.SyntheticSeries;
import io.faultline.ingest.SeriesSamples;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFilesIT {
    private final DetectorRegistry registry = DetectorRegistry.defaultRegistry();
    private final ModelFiles files = new ModelFiles(registry);

    @TempDir
    Path directory;

    @Test
    void savedModelsLoadAndScoreIdentically() throws Exception {
        SeriesSamples live = SyntheticSeries.noisySeasonal(9, 1000, 200);
        for (String name : registry.names()) {
            FittedDetector fitted = registry.create(name, null).fit(SyntheticSeries.noisySeasonal(8, 0, 1000));
            Path file = directory.resolve(name + ".json");
            files.save(fitted, file);
            files.save(fitted, file); // replacing an existing model works too
            FittedDetector loaded = files.load(file);
            assertEquals(scores(fitted.newScorer(), live), scores(loaded.newScorer(), live), name);
            try (var listing = Files.list(directory)) {
                assertEquals(List.of(file), listing.filter(p -> p.getFileName().toString().startsWith(name)).toList(),
                        "no temporary files are left behind");
            }
        }
    }

    @Test
    void loadingABadFileNamesIt() throws Exception {
        Path file = directory.resolve("broken.json");
        Files.writeString(file, "{\"provenance\": {\"detector\": \"robust-zscore\"}, \"state\": {}}");
        InvalidModelFileException e = assertThrows(InvalidModelFileException.class, () -> files.load(file));
        assertEquals(true, e.getMessage().startsWith("model file " + file + ": "), e.getMessage());
        assertThrows(NoSuchFileException.class, () -> files.load(directory.resolve("absent.json")));
    }

    private static List<ScoredPoint> scores(Scorer scorer, SeriesSamples series) {
        List<ScoredPoint> points = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            points.add(scorer.score(series.timestampsMs()[i], series.values()[i]));
        }
        return points;
    }
}
