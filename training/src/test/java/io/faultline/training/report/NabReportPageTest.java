package io.faultline.training.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.datasets.nab.NabCostProfile;
import io.faultline.datasets.nab.NabWindow;
import io.faultline.training.nab.NabReport;
import io.faultline.training.nab.NabResultFile;
import io.faultline.training.nab.NabScorer;
import java.util.List;
import org.junit.jupiter.api.Test;

class NabReportPageTest {
    private static final long STEP = 60_000;

    private static NabResultFile file(String category, String name, int rows, int windowStart, int... detections) {
        long[] ts = new long[rows];
        double[] values = new double[rows];
        double[] scores = new double[rows];
        for (int i = 0; i < rows; i++) {
            ts[i] = 1_600_000_000_000L + i * STEP;
            values[i] = Math.sin(i / 10.0);
        }
        for (int d : detections) {
            scores[d] = 0.9;
            values[d] = 5;
        }
        List<NabWindow> windows = windowStart < 0 ? List.of() : List.of(new NabWindow(ts[windowStart], ts[windowStart + 9]));
        return new NabResultFile(category, name, ts, values, scores, windows);
    }

    private static NabReportRun run(String detector, List<NabResultFile> files) {
        NabReport report = new NabScorer().score(files, NabCostProfile.standardProfiles());
        return new NabReportRun(detector, "note <" + detector + ">", files, report);
    }

    @Test
    void namesEverySeriesLoadsNothingAndMarksEachDetection() {
        List<NabResultFile> files = List.of(file("cat", "one", 5_000, 3_000, 3_001, 4_500), file("cat", "two", 200, -1));
        String html = NabReportPage.render("NAB <test>", List.of("a note"), List.of(run("det-a", files), run("det-b", files)));
        assertTrue(html.contains("<title>NAB &lt;test&gt;</title>"));
        assertTrue(html.contains("<b>cat/one.csv</b>") && html.contains("<b>cat/two.csv</b>"));
        assertEquals(2, html.split("<details", -1).length - 1);
        assertFalse(html.contains("http"), "nothing refers to the network");
        assertTrue(html.contains("note &lt;det-a&gt;"));
        // two detections after probation (750 rows) in cat/one, drawn once per detector on the values
        assertEquals(4, html.split("<circle ", -1).length - 1);
        assertTrue(html.contains("det-a score, threshold 0.9000, 2 detections"));
    }

    @Test
    void detectionsAreRowsAfterProbationAtOrAboveTheThreshold() {
        double[] scores = {0.9, 0.1, 0.5, 0.49, 0.7};
        assertArrayEquals(new int[] {2, 4}, NabReportPage.detections(scores, 1, 0.5));
    }

    @Test
    void runsMustCoverTheSameFiles() {
        NabReportRun a = run("a", List.of(file("cat", "one", 200, -1)));
        NabReportRun b = run("b", List.of(file("cat", "two", 200, -1)));
        assertThrows(IllegalArgumentException.class, () -> NabReportPage.render("t", List.of(), List.of(a, b)));
    }
}
