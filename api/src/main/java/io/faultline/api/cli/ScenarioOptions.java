package io.faultline.api.cli;

import io.faultline.datasets.sim.FaultType;
import io.faultline.datasets.sim.Scenario;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options that choose a simulated scenario, shared by {@code demo} and {@code simulate}. */
final class ScenarioOptions {

    @Option(names = "--fault", paramLabel = "NAME", defaultValue = "cpu-hog",
            description = "Fault to inject: cpu-hog, memory-leak, latency, error-burst, packet-loss, bad-deploy (default: ${DEFAULT-VALUE}).")
    String fault;

    @Option(names = "--service", paramLabel = "NAME", defaultValue = "catalogue",
            description = "Component to inject it into; an unknown name lists them all (default: ${DEFAULT-VALUE}).")
    String service;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--warmup-minutes", defaultValue = "60", description = "Normal operation before the fault (default: ${DEFAULT-VALUE}).")
    int warmupMinutes;

    @Option(names = "--fault-minutes", defaultValue = "20", description = "How long the fault lasts (default: ${DEFAULT-VALUE}).")
    int faultMinutes;

    @Option(names = "--recovery-minutes", defaultValue = "10", description = "Normal operation after the fault (default: ${DEFAULT-VALUE}).")
    int recoveryMinutes;

    Scenario scenario() {
        return new Scenario(seed, FaultType.parse(fault), service, Duration.ofMinutes(warmupMinutes),
                Duration.ofMinutes(faultMinutes), Duration.ofMinutes(recoveryMinutes));
    }
}
