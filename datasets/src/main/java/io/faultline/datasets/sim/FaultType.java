package io.faultline.datasets.sim;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The faults the simulator can inject. Each has a command-line name, the metric on the culprit that shows it
 * first and most clearly, and the name of the fault kind a root-cause ranker should assign
 * (the constant names of {@code io.faultline.rca.FaultKind}, which this module may not import).
 */
public enum FaultType {
    /** A CPU-burning process next to the component: CPU near saturation, its requests queue. */
    CPU_HOG("cpu-hog", SimMetric.CPU_USAGE, "CPU"),
    /** Memory grows steadily; once the heap is nearly full, GC pressure adds CPU and latency. */
    MEMORY_LEAK("memory-leak", SimMetric.MEMORY_USAGE, "MEMORY"),
    /** A fixed delay (with jitter) added to every request the component serves. */
    LATENCY("latency", SimMetric.REQUEST_LATENCY, "LATENCY"),
    /** A share of the component's requests fail; callers partly fail with them and retry. */
    ERROR_BURST("error-burst", SimMetric.ERROR_RATIO, "ERRORS"),
    /** Packets to and from the component are dropped: retransmits, retransmission timeouts, some time-outs. */
    PACKET_LOSS("packet-loss", SimMetric.NETWORK_RETRANSMITS, "NETWORK"),
    /**
     * A deploy that breaks a share of the component's requests: announced as a deploy change event at the
     * injection ({@link WebShopSimulator#changes()}), errors like {@link #ERROR_BURST} until it is rolled back.
     */
    BAD_DEPLOY("bad-deploy", SimMetric.ERROR_RATIO, "ERRORS");

    private final String cliName;
    private final SimMetric signatureMetric;
    private final String faultKind;

    FaultType(String cliName, SimMetric signatureMetric, String faultKind) {
        this.cliName = cliName;
        this.signatureMetric = signatureMetric;
        this.faultKind = faultKind;
    }

    /** The name used on the command line and in {@code truth.json}, e.g. {@code cpu-hog}. */
    @JsonValue
    public String cliName() {
        return cliName;
    }

    /** The culprit's metric that moves first and most clearly under this fault. */
    public SimMetric signatureMetric() {
        return signatureMetric;
    }

    /** The {@code FaultKind} constant name a ranker should assign, e.g. {@code CPU}. */
    public String faultKind() {
        return faultKind;
    }

    /**
     * Parses a command-line name ({@code cpu-hog}); the constant name ({@code CPU_HOG}) and any letter case
     * are accepted too.
     *
     * @throws IllegalArgumentException naming the valid names when {@code name} is none of them
     */
    @JsonCreator
    public static FaultType parse(String name) {
        if (name != null) {
            String wanted = name.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            for (FaultType type : values()) {
                if (type.cliName.equals(wanted)) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("unknown fault '" + name + "', valid faults: " + validNames());
    }

    /** The command-line names, comma separated, in declaration order. */
    public static String validNames() {
        return Arrays.stream(values()).map(FaultType::cliName).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
