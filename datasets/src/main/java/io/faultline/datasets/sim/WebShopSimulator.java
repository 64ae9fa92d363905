package io.faultline.datasets.sim;

import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Streams one scenario tick by tick: each {@link #next()} is one timestamp with one sample of every series
 * (six metrics per component, in {@link #seriesKeys()} order). Single-threaded and deterministic: the same
 * shop, params and scenario give the same batches, and a scenario's ticks before the fault equal those of any
 * other fault with the same seed. {@link #control()} lets a recovery act on the running shop (a restart
 * ends a memory leak, a rollback a bad deploy); it is the one part safe to call from another thread.
 */
public final class WebShopSimulator implements Iterator<SampleBatch> {
    private final ShopModel shop;
    private final SimulationParams params;
    private final Scenario scenario;
    private final GroundTruth truth;
    private final List<SeriesKey> keys;
    private final int tickCount;
    private final NoiseSource noise;
    private final TrafficModel traffic;
    private final FaultModel faults;
    private final LoadModel load;
    private final MemoryModel memory;
    private final List<SimChange> changes;
    private final Queue<Runnable> commands = new ConcurrentLinkedQueue<>();
    private final SimulatorControl control = new Control();
    private int tick;

    /** Simulates the {@linkplain WebShop#standard() standard web shop}. */
    public WebShopSimulator(SimulationParams params, Scenario scenario) {
        this(WebShop.standard(), params, scenario);
    }

    /**
     * @throws IllegalArgumentException when the scenario's component is not in the shop (the message lists
     *                                  the components) or the fault is shorter than one step
     */
    public WebShopSimulator(ShopModel shop, SimulationParams params, Scenario scenario) {
        this.shop = shop;
        this.params = params;
        this.scenario = scenario;
        int culprit = shop.indexOf(scenario.component());
        if (culprit < 0) {
            throw new IllegalArgumentException("unknown component '" + scenario.component()
                    + "', components: " + String.join(", ", shop.topology().names()));
        }
        long stepMs = params.stepMs();
        if (scenario.faultLength().toMillis() < stepMs) {
            throw new IllegalArgumentException("faultLength must be at least one step (" + params.stepSeconds()
                    + " s), was " + scenario.faultLength());
        }
        long totalMs = scenario.totalLength().toMillis();
        this.tickCount = Math.toIntExact((totalMs + stepMs - 1) / stepMs);
        long injectedAt = params.startEpochMs() + scenario.warmUp().toMillis();
        long endsAt = injectedAt + scenario.faultLength().toMillis();
        List<String> affected = new ArrayList<>();
        affected.add(scenario.component());
        var ancestors = shop.topology().ancestors(scenario.component());
        shop.topology().topologicalOrder().stream().filter(ancestors::contains).forEach(affected::add);
        this.truth = new GroundTruth(scenario.seed(), scenario.fault(), scenario.component(), injectedAt, endsAt,
                affected);

        List<SeriesKey> k = new ArrayList<>();
        for (ComponentProfile p : shop.profiles()) {
            for (SimMetric m : SimMetric.values()) {
                k.add(m.key(p.name()));
            }
        }
        this.keys = List.copyOf(k);
        this.noise = new NoiseSource(scenario.seed(), params.noiseScale());
        this.traffic = new TrafficModel(params, noise);
        this.load = new LoadModel(shop, params.stepSeconds(), noise);
        this.memory = new MemoryModel(shop, noise);
        this.faults = new FaultModel(scenario.fault(), params.faults(), culprit, injectedAt, endsAt, stepMs);
        this.changes = scenario.fault() == FaultType.BAD_DEPLOY
                ? List.of(new SimChange("deploy-" + scenario.component() + "-" + scenario.seed(), scenario.component(),
                        "deploy", injectedAt, "v2." + scenario.seed() + ".0"))
                : List.of();
    }

    @Override
    public boolean hasNext() {
        return tick < tickCount;
    }

    /** The next tick: one sample of every series, all at {@link #nextTimestampMs()}. */
    @Override
    public SampleBatch next() {
        if (!hasNext()) {
            throw new NoSuchElementException("scenario finished after " + tickCount + " ticks");
        }
        long t = nextTimestampMs();
        for (Runnable command = commands.poll(); command != null; command = commands.poll()) {
            command.run();
        }
        int n = shop.profiles().size();
        double entryRate = traffic.next(t, noise);
        FaultEffect[] effects = faults.effects(n, t, noise.gaussian());
        TickState state = new TickState(n);
        load.propagateRequests(entryRate, effects, noise, state);
        memory.step(effects, params.stepSeconds(), noise, state);
        load.computeLoad(effects, noise, state);
        double[][] values = MetricSampler.observe(state, params.stepSeconds(), noise);
        List<SeriesSamples> series = new ArrayList<>(keys.size());
        int metrics = SimMetric.values().length;
        for (int i = 0; i < keys.size(); i++) {
            series.add(new SeriesSamples(keys.get(i), new long[] {t}, new double[] {values[i / metrics][i % metrics]}));
        }
        tick++;
        return new SampleBatch(series);
    }

    /**
     * Up to {@code maxTicks} further ticks as one batch, each series with its samples in time
     * order: what a client sends when it pushes a minute of data at a time.
     */
    public SampleBatch next(int maxTicks) {
        if (maxTicks < 1) {
            throw new IllegalArgumentException("maxTicks must be >= 1, was " + maxTicks);
        }
        List<SampleBatch> ticks = new ArrayList<>(maxTicks);
        while (ticks.size() < maxTicks && hasNext()) {
            ticks.add(next());
        }
        if (ticks.isEmpty()) {
            throw new NoSuchElementException("scenario finished after " + tickCount + " ticks");
        }
        List<SeriesSamples> merged = new ArrayList<>(keys.size());
        for (int s = 0; s < keys.size(); s++) {
            long[] ts = new long[ticks.size()];
            double[] vs = new double[ticks.size()];
            for (int t = 0; t < ticks.size(); t++) {
                SeriesSamples one = ticks.get(t).series().get(s);
                ts[t] = one.timestampsMs()[0];
                vs[t] = one.values()[0];
            }
            merged.add(new SeriesSamples(keys.get(s), ts, vs));
        }
        return new SampleBatch(merged);
    }

    /** The timestamp the next tick will carry (unix ms); past the end once finished. */
    public long nextTimestampMs() {
        return params.startEpochMs() + tick * params.stepMs();
    }

    /** Ticks in the whole scenario: warm-up, fault and recovery divided by the step, rounded up. */
    public int tickCount() {
        return tickCount;
    }

    /** Ticks already returned by {@link #next()}. */
    public int ticksEmitted() {
        return tick;
    }

    /** Every series in the order each batch lists them: component by component, metrics in enum order. */
    public List<SeriesKey> seriesKeys() {
        return keys;
    }

    /** The changes the shop announces (a bad deploy's deploy event), in time order; known up front. */
    public List<SimChange> changes() {
        return changes;
    }

    /** Acts on the running shop; safe from any thread, applied at the next tick. */
    public SimulatorControl control() {
        return control;
    }

    /** When a recovery through {@link #control()} ended the injected fault, or empty while none did. */
    public OptionalLong faultClearedAtMs() {
        return faults.clearedAtMs();
    }

    public GroundTruth truth() {
        return truth;
    }

    public Topology topology() {
        return shop.topology();
    }

    public ShopModel shop() {
        return shop;
    }

    public SimulationParams params() {
        return params;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Queues the commands for the simulating thread; the fault and culprit it reads are fixed, so the answer is too. */
    private final class Control implements SimulatorControl {
        @Override
        public String restart(String component) {
            int i = index(component);
            boolean clears = i == faults.culprit()
                    && (faults.type() == FaultType.MEMORY_LEAK || faults.type() == FaultType.CPU_HOG);
            commands.add(() -> {
                memory.restart(i);
                if (clears) {
                    faults.clearFrom(nextTimestampMs());
                }
            });
            return "restarted " + component + (clears ? ", which ends its " + faults.type().cliName() : "");
        }

        @Override
        public String rollBack(String component) {
            int i = index(component);
            boolean clears = i == faults.culprit() && faults.type() == FaultType.BAD_DEPLOY;
            commands.add(() -> {
                if (clears) {
                    faults.clearFrom(nextTimestampMs());
                }
            });
            return "rolled back the last deploy of " + component + (clears ? ", which ends its bad deploy" : "");
        }

        private int index(String component) {
            int i = shop.indexOf(component);
            if (i < 0) {
                throw new IllegalArgumentException("unknown component '" + component + "', components: "
                        + String.join(", ", shop.topology().names()));
            }
            return i;
        }
    }
}
