package io.faultline.models.cad;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The Contextual Anomaly Detector, open-source edition (CAD-OSE, M. Smirnov 2016,
 * https://github.com/smirmik/CAD, as run by the Numenta Anomaly Benchmark in
 * {@code nab/detectors/context_ose}), for a fixed value range. Each value is quantised into
 * {@code 2^bits - 1} steps of the range, and its bin's binary digits become facts (digit position x 2
 * + digit). A step pairs the previous step's facts and active "neurons" (left) with the current facts
 * (right) as a context; the score is the mean of the share of expected contexts that did not
 * happen and the share of candidate contexts that were new. After a raw score of at least
 * {@code baseThreshold}, the following {@code restPeriod} scores are 0.
 *
 * <p>Differences from the Python, all deliberate: values beyond the range have more binary digits
 * (as in Python), values below it a separate sign fact (Python produces garbage digits there, which
 * NAB never exercised since it passes each file's own minimum); ties among equally often active
 * contexts are broken by a hash of their facts, as in Python, but not Python's hash, so the 15
 * neurons picked among ties can differ. Not thread-safe.
 */
public final class CadOseCore {
    /** Neuron facts follow every value fact (Python: 2^31 + context id). */
    private static final int NEURON_FACT = 1 << 30;
    /** Marks a value below the range. */
    private static final int BELOW_FACT = 1 << 29;
    /** A saturating core's one fact for any value above the range. */
    private static final int ABOVE_FACT = (1 << 29) + 1;

    private double min;
    private double step;
    private boolean saturate;
    private final int bits;
    private final double baseThreshold;
    private final int restPeriod;
    private final int maxActiveNeurons;
    private final ContextMemory memory;
    private int[] leftFacts = new int[0];
    /** Raw scores so far, counting Python's initial 1.0 as number 0; the last one at or above baseThreshold. */
    private long scores = 1;
    private long lastHigh;

    /**
     * @param min              the bottom of the quantised range
     * @param max              the top of the quantised range; a zero-width range gets steps of 1
     * @param bits             binary digits of a value inside the range, >= 1
     * @param baseThreshold    a raw score at or above this mutes the next {@code restPeriod} scores
     * @param restPeriod       >= 1
     * @param maxLeftSemiContextLength candidates with more left facts than this are not stored
     * @param maxActiveNeurons the most often active contexts fed back as facts, at most this many
     */
    public CadOseCore(double min, double max, int bits, double baseThreshold, int restPeriod,
            int maxLeftSemiContextLength, int maxActiveNeurons) {
        if (!(Double.isFinite(min) && Double.isFinite(max) && max >= min)) {
            throw new IllegalArgumentException("range must be finite with max >= min, was [" + min + ", " + max + "]");
        }
        if (bits < 1 || bits > 30) {
            throw new IllegalArgumentException("bits must be in [1, 30], was " + bits);
        }
        if (restPeriod < 1) {
            throw new IllegalArgumentException("restPeriod must be >= 1, was " + restPeriod);
        }
        double maxBin = (1 << bits) - 1.0;
        double range = max - min == 0.0 ? maxBin : max - min;
        this.min = min;
        this.step = range / maxBin;
        this.bits = bits;
        this.baseThreshold = baseThreshold;
        this.restPeriod = restPeriod;
        this.maxActiveNeurons = maxActiveNeurons;
        this.memory = new ContextMemory(maxLeftSemiContextLength);
        this.lastHigh = 1.0 >= baseThreshold ? 0 : Long.MIN_VALUE / 2;
    }

    /** The muted anomaly score of the next value, in [0, 1], learning from it. */
    public double score(double value) {
        double raw = rawScore(facts(value));
        boolean muted = lastHigh >= scores - restPeriod;
        if (raw >= baseThreshold) {
            lastHigh = scores;
        }
        scores++;
        return muted ? 0.0 : raw;
    }

    /** How many contexts the memory holds. */
    public int contextCount() {
        return memory.contextCount();
    }

    int[] facts(double value) {
        double scaled = (value - min) / step;
        long bin = (long) Math.max(-(double) (1L << 52), Math.min((double) (1L << 52), scaled));
        if (saturate && (bin < 0 || bin >= 1L << bits)) {
            return new int[] {bin < 0 ? BELOW_FACT : ABOVE_FACT};
        }
        long magnitude = Math.abs(bin);
        int digits = Math.max(bits, 64 - Long.numberOfLeadingZeros(magnitude));
        int[] facts = new int[digits + (bin < 0 ? 1 : 0)];
        for (int i = 0; i < digits; i++) {
            facts[i] = i * 2 + (int) ((magnitude >>> i) & 1L);
        }
        if (bin < 0) {
            facts[digits] = BELOW_FACT;
        }
        return facts;
    }

    /**
     * Quantises values beyond the range from now on into one fact of their own, "above" or "below",
     * instead of ever more binary digits: a stream whose range was only estimated would otherwise make
     * a new family of facts for every far value, and the memory explode. A lone fact rather than the
     * next bin's digits because 2^bits shares its low digits with bin 0, so contexts predicting the
     * bottom of the range would fully match a value above its top.
     */
    public CadOseCore saturating() {
        this.saturate = true;
        return this;
    }

    /** Re-quantises the following values over a new range, keeping what was learned (its facts change meaning). */
    public void rescale(double newMin, double newMax) {
        double maxBin = (1 << bits) - 1.0;
        double range = newMax - newMin == 0.0 ? maxBin : newMax - newMin;
        this.min = newMin;
        this.step = range / maxBin;
    }

    private double rawScore(int[] sensed) {
        Set<ContextPair> candidates = new HashSet<>();
        boolean newContext = false;
        FactSet current = FactSet.of(sensed);
        if (leftFacts.length > 0 && sensed.length > 0) {
            ContextPair zero = new ContextPair(FactSet.of(leftFacts), current);
            candidates.add(zero);
            newContext = memory.addZeroLevel(zero);
        }
        ContextMemory.Crossing crossing = memory.crossRight(sensed, newContext);
        candidates.addAll(crossing.potential());
        double notSurprised = crossing.selected() > 0 ? crossing.active().size() / (double) crossing.selected() : 0.0;

        leftFacts = nextLeftFacts(sensed, crossing.active());
        int added = memory.addAll(crossing.potential());
        memory.crossLeft(leftFacts);
        added += newContext ? 1 : 0;
        double novel = newContext && !candidates.isEmpty() ? added / (double) candidates.size() : 0.0;
        return (1.0 - notSurprised + novel) / 2.0;
    }

    /** The current facts and the most often active contexts as neuron facts, sorted. */
    private int[] nextLeftFacts(int[] sensed, List<ContextMemory.Active> active) {
        List<ContextMemory.Active> sorted = active.stream()
                .sorted(Comparator.comparingInt(ContextMemory.Active::activations)
                        .thenComparingInt(ContextMemory.Active::leftHash)
                        .thenComparingInt(ContextMemory.Active::rightHash))
                .toList();
        int from = Math.max(0, sorted.size() - maxActiveNeurons);
        int[] facts = Arrays.copyOf(sensed, sensed.length + sorted.size() - from);
        for (int i = from; i < sorted.size(); i++) {
            facts[sensed.length + i - from] = NEURON_FACT + sorted.get(i).contextId();
        }
        Arrays.sort(facts);
        return facts;
    }
}
