package io.faultline.datasets.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Loads the real NAB v1.1 corpus when the shared data folder is present; skipped otherwise. */
class NabCorpusRealDataIT {
    @Test
    void nabV11LoadsWithItsPublishedShape() {
        Optional<Path> nab = NabData.locate();
        assumeTrue(nab.isPresent(), "NAB data folder not found (set -Dfaultline.data)");

        NabCorpus corpus = NabCorpus.load(nab.get());

        assertEquals(58, corpus.series().size());
        assertEquals(116, corpus.windowCount());
        assertEquals(365_558, corpus.rowCount());
        assertEquals(NabCostProfile.standardProfiles(), corpus.profiles());
        assertEquals(new TreeMap<>(Map.of("artificialNoAnomaly", 5L, "artificialWithAnomaly", 6L,
                        "realAWSCloudwatch", 17L, "realAdExchange", 6L, "realKnownCause", 7L, "realTraffic", 7L,
                        "realTweets", 10L)),
                corpus.series().stream().collect(Collectors.groupingBy(NabSeries::category, TreeMap::new, Collectors.counting())));

        NabSeries taxi = corpus.series("realKnownCause/nyc_taxi.csv").orElseThrow();
        assertEquals(10_320, taxi.size());
        assertEquals("2014-07-01 00:00:00", NabTimestamps.format(taxi.timestampsMs()[0]));
        assertEquals(5, taxi.windows().size());
    }
}
