package io.faultline.models.cad;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CadOseCoreTest {

    private static CadOseCore core(int restPeriod) {
        return new CadOseCore(0, 7, 3, 0.75, restPeriod, 7, 15);
    }

    @Test
    void quantisesValuesIntoBinaryDigitFacts() {
        CadOseCore core = core(1);
        assertArrayEquals(new int[] {0, 2, 4}, core.facts(0.0));
        assertArrayEquals(new int[] {1, 2, 5}, core.facts(5.9)); // bin 5 = 101, truncated as Python's int()
        assertArrayEquals(new int[] {1, 3, 5}, core.facts(7.0));
        assertArrayEquals(new int[] {0, 2, 4, 7}, core.facts(8.0)); // beyond the range: a fourth digit
        assertArrayEquals(new int[] {1, 3, 4, 1 << 29}, core.facts(-3.0)); // below it: |bin| and a sign fact
    }

    @Test
    void aSaturatingCoreGivesValuesBeyondTheRangeAFactOfTheirOwn() {
        CadOseCore core = core(1).saturating();
        assertArrayEquals(new int[] {1, 3, 5}, core.facts(7.9));
        assertArrayEquals(new int[] {(1 << 29) + 1}, core.facts(8.0)); // not bin 8 = 1000, whose low digits are bin 0's
        assertArrayEquals(new int[] {1 << 29}, core.facts(-1.5)); // -0.5 truncates to bin 0, as Python's int() does
    }

    /**
     * Worked by hand from CAD-OSE's rules: step 1 has no past (0.5, muted by the initial 1.0), step 2
     * stores the first context (all candidates new: 1.0), step 3 is muted by it, and from then on the
     * only context is context 0, which never activates (Python's False == 0), so 0.5 for ever.
     */
    @Test
    void aConstantSeriesScoresAsCadOseDoes() {
        CadOseCore core = core(1);
        double[] scores = new double[6];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = core.score(5.0);
        }
        assertArrayEquals(new double[] {0.0, 1.0, 0.0, 0.5, 0.5, 0.5}, scores);
        assertEquals(1, core.contextCount());
    }

    @Test
    void aRepeatedPatternIsLearnedAndANovelValueStandsOut() {
        CadOseCore core = core(5);
        double[] pattern = {0, 2, 4, 6, 4, 2};
        double last = 1;
        for (int i = 0; i < 600; i++) {
            last = core.score(pattern[i % pattern.length]);
        }
        assertTrue(last < 0.5, "learned pattern scored " + last);
        double novel = core.score(30.0);
        assertTrue(novel >= 0.75, "novel value scored " + novel);
        for (int i = 0; i < 5; i++) {
            assertEquals(0.0, core.score(pattern[i]), "muted after the alarm, step " + i);
        }
    }

    @Test
    void sameInputGivesSameScores() {
        Random random = new Random(7);
        double[] values = new double[2000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 3.5 + 3 * Math.sin(i / 10.0) + random.nextGaussian() * 0.3;
        }
        CadOseCore a = core(30);
        CadOseCore b = core(30);
        for (double v : values) {
            assertEquals(a.score(v), b.score(v));
        }
    }

    @Test
    void rejectsABadRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CadOseCore(2, 1, 3, 0.75, 1, 7, 15));
        assertEquals("range must be finite with max >= min, was [2.0, 1.0]", e.getMessage());
    }
}
