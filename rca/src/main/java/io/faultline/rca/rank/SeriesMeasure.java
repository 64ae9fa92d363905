package io.faultline.rca.rank;

import io.faultline.rca.ComponentSeries;

import java.util.Optional;

/**
 * How {@link BaselineDeviationRanker} measures one series against its baseline: {@link DeviationMeasure}
 * in production; a seam so that tests can rank with a reference implementation and compare.
 */
interface SeriesMeasure {
    /** Empty when the series has too little baseline or no point in {@code [onsetMs, endMs]}. */
    Optional<SeriesDeviation> measure(ComponentSeries cs, long onsetMs, long endMs);
}
