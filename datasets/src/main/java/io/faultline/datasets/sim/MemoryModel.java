package io.faultline.datasets.sim;

/**
 * Memory per component: live data plus, for garbage-collected runtimes, garbage that accumulates with
 * traffic until a collection frees it (the familiar sawtooth, faster under load). A leak adds to the live
 * data; as it eats the headroom, collections come more often and GC pressure grows, which the load model
 * turns into CPU and latency.
 */
final class MemoryModel {
    /** Height of the GC sawtooth, as a fraction of the memory limit. */
    private static final double SAWTOOTH = 0.08;
    /** Seconds to fill one sawtooth at full utilisation, and with no traffic at all. */
    private static final double FILL_SECONDS_AT_FULL_LOAD = 45;
    private static final double FILL_SECONDS_IDLE = 1200;
    private static final double MAX_LIVE = 0.96;
    private static final double MAX_HEAP = 0.985;
    /** Leaked share of the limit at which GC pressure starts, and the extra share at which it is full. */
    private static final double PRESSURE_FROM = 0.25;
    private static final double PRESSURE_SPAN = 0.25;
    private static final double SAWTOOTH_NOISE = 0.002;
    private static final double FLAT_NOISE = 0.01;

    private final ComponentProfile[] profiles;
    private final double[] garbage;

    MemoryModel(ShopModel shop, NoiseSource noise) {
        profiles = shop.profiles().toArray(ComponentProfile[]::new);
        garbage = new double[profiles.length];
        for (int i = 0; i < profiles.length; i++) {
            garbage[i] = SAWTOOTH * noise.uniform(); // GC cycles of different components are out of phase
        }
    }

    /** A restarted process starts with an empty heap: no garbage until traffic makes some. */
    void restart(int component) {
        garbage[component] = 0;
    }

    /** Advances every component by one tick; fills memory and GC pressure. Needs utilisation. */
    void step(FaultEffect[] effects, int stepSeconds, NoiseSource noise, TickState s) {
        for (int i = 0; i < profiles.length; i++) {
            ComponentProfile p = profiles[i];
            double u = noise.uniform();
            double z = noise.gaussian();
            double base = p.baseMemoryFraction();
            double live = Math.min(base + effects[i].leakedFraction(), Math.max(base, MAX_LIVE));
            s.gcPressure[i] = Math.max(0, Math.min(1, (live - base - PRESSURE_FROM) / PRESSURE_SPAN));
            double used = live;
            double noiseSigma = FLAT_NOISE;
            if (p.gcSawtooth()) {
                double perSecond = SAWTOOTH / FILL_SECONDS_AT_FULL_LOAD * Math.min(1.5, s.utilisation[i])
                        + SAWTOOTH / FILL_SECONDS_IDLE;
                garbage[i] += perSecond * stepSeconds;
                double threshold = Math.max(0.005, Math.min(SAWTOOTH, MAX_HEAP - live));
                if (garbage[i] >= threshold) {
                    garbage[i] = 0.1 * threshold * u; // a collection leaves a little floating garbage
                }
                used += garbage[i];
                noiseSigma = SAWTOOTH_NOISE;
            }
            s.memoryBytes[i] = used * p.memoryLimitBytes() * (1 + noiseSigma * z);
        }
    }
}
