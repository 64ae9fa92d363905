package io.faultline.rca.rank;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColumnScalerTest {

    @Test
    void robustFitIsTheMedianAndNumpysLinearInterquartileRange() {
        ColumnScaler.Fit fit = ColumnScaler.ROBUST.fit(new double[]{8, 1, 7, 2, 6, 3, 5, 4});
        assertEquals(4.5, fit.center());
        assertEquals(6.25 - 2.75, fit.scale());
        assertEquals((40 - 4.5) / 3.5, fit.score(40));
    }

    @Test
    void robustFitOfAnOddCountTakesTheMiddleValue() {
        ColumnScaler.Fit fit = ColumnScaler.ROBUST.fit(new double[]{1, 2, 3, 4, 100});
        assertEquals(3.0, fit.center());
        assertEquals(2.0, fit.scale());
    }

    @Test
    void aZeroInterquartileRangeBecomesOne() {
        ColumnScaler.Fit fit = ColumnScaler.ROBUST.fit(new double[]{5, 5, 5, 5, 9});
        assertEquals(5.0, fit.center());
        assertEquals(1.0, fit.scale());
        assertEquals(4.0, fit.score(9));
    }

    @Test
    void standardFitIsTheMeanAndPopulationDeviation() {
        ColumnScaler.Fit fit = ColumnScaler.STANDARD.fit(new double[]{1, 2, 3, 4});
        assertEquals(2.5, fit.center());
        assertEquals(Math.sqrt(1.25), fit.scale());
    }

    @Test
    void aConstantColumnHasScaleOneUnderEitherScaler() {
        assertEquals(new ColumnScaler.Fit(7, 1), ColumnScaler.STANDARD.fit(new double[]{7, 7, 7}));
        assertEquals(new ColumnScaler.Fit(7, 1), ColumnScaler.ROBUST.fit(new double[]{7, 7, 7}));
        assertEquals(new ColumnScaler.Fit(3.5e8, 1), ColumnScaler.STANDARD.fit(new double[]{3.5e8, 3.5e8}));
    }

    @Test
    void quantileInterpolatesLinearlyBetweenNeighbours() {
        double[] sorted = {10, 20, 30, 40};
        assertEquals(17.5, ColumnScaler.quantile(sorted, 0.25));
        assertEquals(32.5, ColumnScaler.quantile(sorted, 0.75));
        assertEquals(40.0, ColumnScaler.quantile(sorted, 1.0));
        assertEquals(10.0, ColumnScaler.quantile(new double[]{10}, 0.75));
    }
}
