package io.faultline.training.smd;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.datasets.smd.SmdDataset;
import io.faultline.datasets.smd.SmdMachine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures the PCA baseline on the SMD machines of the shared benchmark data, when it is there: the
 * folder named by the system property {@code faultline.data} (holding {@code smd/}), else the first
 * {@code shared/data} found walking up from the working directory. Skipped when absent. Prints one JSON
 * line of figures; asserts only that they are finite and in [0, 1], since they are measurements, not goals.
 */
class SmdBaselineIT {

    @Test
    void measuresThePcaBaselineOnEveryMachine() throws Exception {
        Path smd = smdFolder();
        Assumptions.assumeTrue(smd != null, "no SMD data (set -Dfaultline.data or provide shared/data/smd)");
        SmdDataset dataset = SmdDataset.open(smd);
        PcaBaselineParams params = PcaBaselineParams.DEFAULTS;
        PotParams pot = PotParams.DEFAULTS;

        Map<String, Object> machines = new LinkedHashMap<>();
        List<SmdFigures> figures = new ArrayList<>();
        for (String name : dataset.machines()) {
            SmdMachine machine = dataset.load(name);
            FittedPcaBaseline model = new PcaBaseline(params).fit(machine.train());
            PcaScores test = model.scoreAll(machine.test());
            SmdMachineEvaluation e = SmdEvaluation.evaluate(
                    machine, model.scoreAll(machine.train()).scores(), test.scores(), test.contributions(), pot);
            assertSane(e.figures());
            figures.add(e.figures());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("figures", e.figures());
            row.put("components", model.components());
            row.put("best", e.best());
            row.put("labelFree", e.labelFree());
            row.put("pot", e.pot());
            row.put("segments", e.labelledSegments());
            machines.put(name, row);
        }
        SmdFigures mean = SmdFigures.mean(figures);
        assertSane(mean);

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("benchmark", "smd");
        summary.put("scorer", "pca-baseline");
        summary.put("params", params);
        summary.put("potParams", pot);
        summary.put("machines", machines);
        summary.put("mean", mean);
        System.out.println(new ObjectMapper().writeValueAsString(summary));
    }

    private static void assertSane(SmdFigures f) {
        for (double v : new double[] {f.f1Best(), f.f1LabelFree(), f.pointAdjustedF1Best(), f.pointAdjustedF1LabelFree(),
                f.eventRecallBest(), f.eventRecallLabelFree(), f.hitRate100(), f.hitRate150(), f.rcTop3()}) {
            assertTrue(Double.isFinite(v) && v >= 0 && v <= 1, "figure out of [0, 1]: " + f);
        }
    }

    private static Path smdFolder() {
        String property = System.getProperty("faultline.data");
        if (property != null && !property.isBlank()) {
            Path smd = Path.of(property).resolve("smd");
            return Files.isDirectory(smd) ? smd : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path smd = dir.resolve("shared").resolve("data").resolve("smd");
            if (Files.isDirectory(smd)) {
                return smd;
            }
        }
        return null;
    }
}
