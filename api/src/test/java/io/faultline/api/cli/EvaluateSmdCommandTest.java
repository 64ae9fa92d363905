package io.faultline.api.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.api.ConsoleCapture;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code faultline evaluate smd} on a small seeded machine, and on folders not in the layout. */
class EvaluateSmdCommandTest {
    @TempDir
    Path dir;

    @RegisterExtension
    final ConsoleCapture console = new ConsoleCapture();
    private final ByteArrayOutputStream out = console.out;
    private final ByteArrayOutputStream err = console.err;

    @Test
    void namesTheMissingFile() throws Exception {
        Files.writeString(dir.resolve("machine-9-9_train.csv"), "0\n");
        assertEquals(2, Main.run("evaluate", "smd", "--data", dir.toString()));
        assertEquals("faultline: machine machine-9-9: missing file machine-9-9_test.csv in " + dir,
                err.toString(StandardCharsets.UTF_8).strip());

        err.reset();
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertEquals(2, Main.run("evaluate", "smd", "--data", empty.toString()));
        assertEquals("faultline: no *_train.csv file in " + empty + ": not an SMD-layout folder",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void unknownDetectorFailsBeforeReading() throws Exception {
        assertEquals(2, Main.run("evaluate", "smd", "--data", dir.toString(), "--detector", "lstm"));
        assertEquals("faultline: unknown multivariate detector 'lstm'; valid detectors: [pca-residual, isolation-forest, kmeans-distance]",
                err.toString(StandardCharsets.UTF_8).strip());
    }

    @Test
    void scoresTheDetectorBesideTheBaseline() throws Exception {
        writeMachine("machine-1-1", new Random(7));
        assertEquals(0, Main.run("evaluate", "smd", "--data", dir.toString(), "--json"));
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        String json = lines[lines.length - 1];
        assertTrue(json.startsWith("{\"benchmark\":\"smd\",\"detector\":\"pca-residual\""), json);
        assertTrue(json.contains("\"baseline\":\"pca-baseline\""), json);
        assertTrue(json.contains("\"machines\":{\"machine-1-1\":"), json);
    }

    /** 38 correlated columns; test rows 300-339 shift columns 4 and 9 by +0.5, which the interpretation marks. */
    private void writeMachine(String name, Random random) throws Exception {
        StringBuilder train = new StringBuilder();
        StringBuilder test = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        for (int r = 0; r < 600; r++) {
            train.append(row(random, 0, false)).append('\n');
        }
        for (int r = 0; r < 500; r++) {
            boolean anomalous = r >= 300 && r < 340;
            test.append(row(random, r, anomalous)).append('\n');
            labels.append(anomalous ? 1 : 0).append('\n');
        }
        Files.writeString(dir.resolve(name + "_train.csv"), train);
        Files.writeString(dir.resolve(name + "_test.csv"), test);
        Files.writeString(dir.resolve(name + "_test_label.csv"), labels);
        Files.createDirectories(dir.resolve("interpretation_label"));
        Files.writeString(dir.resolve("interpretation_label").resolve(name + ".txt"), "300-340:5,10\n");
    }

    private static String row(Random random, int r, boolean anomalous) {
        double common = random.nextGaussian();
        StringBuilder b = new StringBuilder();
        for (int d = 0; d < 38; d++) {
            double v = 0.5 + 0.05 * common + 0.01 * random.nextGaussian() + (anomalous && (d == 4 || d == 9) ? 0.5 : 0);
            b.append(d == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.5f", v));
        }
        return b.toString();
    }
}
