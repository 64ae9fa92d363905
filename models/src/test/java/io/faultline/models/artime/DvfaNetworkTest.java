package io.faultline.models.artime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DvfaNetworkTest {
    private static final double[] X = {0.2, 0.4, 0.6, 0.8};
    private static final double[] Y = {0.9, 0.1, 0.9, 0.1};

    @Test
    void theFirstInputOnlyCreatesAnAllOnesCategory() {
        DvfaNetwork art = new DvfaNetwork(4, 0.8, 0.9);
        assertEquals(1, art.train(X, true));
        assertEquals(1, art.categories());
        assertEquals(0.0, art.lastMatch());
    }

    @Test
    void aNovelInputStartsAClusterAndItsRepeatResonates() {
        DvfaNetwork art = new DvfaNetwork(4, 0.8, 0.9);
        art.train(X, true);
        // against all ones: fuzzy similarity 4/8, energy (0.8 + 0.2) / 2, match 0.5^3 * 0.5^2
        assertEquals(DvfaNetwork.NOVEL, art.train(X, true));
        assertEquals(0.03125, art.lastMatch(), 1e-15);
        assertEquals(0.5, art.lastEnergy(), 1e-15);
        assertEquals(2, art.categories());
        assertEquals(2, art.train(X, true));
        assertEquals(1.0, art.lastMatch(), 1e-15);
        assertEquals(2, art.categories());
    }

    @Test
    void aMatchBetweenTheVigilancesAddsACategoryToTheSameCluster() {
        DvfaNetwork art = new DvfaNetwork(4, 0.0, 0.99);
        art.train(X, true);
        art.train(X, true);
        int categories = art.categories();
        // Y matches the all-ones category (0.5^3 * 0.5^2) better than X's (0.5^3 * 0.3^2): cluster 1
        assertEquals(1, art.train(Y, true));
        assertEquals(categories + 1, art.categories());
    }

    @Test
    void withoutLearningNothingIsAdded() {
        DvfaNetwork art = new DvfaNetwork(4, 0.8, 0.9);
        art.train(X, true);
        assertEquals(DvfaNetwork.NOVEL, art.train(Y, false));
        assertEquals(1, art.categories());
    }
}
