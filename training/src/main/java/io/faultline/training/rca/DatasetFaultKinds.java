package io.faultline.training.rca;

import io.faultline.rca.FaultKind;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link FaultKind} a benchmark's fault name stands for, so that a ranker's fault kind can be scored:
 * RCAEval's {@code cpu}, {@code mem}, {@code disk}, {@code delay}, {@code loss} and {@code socket}; the
 * simulator's {@code cpu-hog}, {@code memory-leak}, {@code latency}, {@code error-burst} and
 * {@code packet-loss}; PetShop's target metrics {@code latency} and {@code availability} (PetShop names the
 * symptom: its latency issues are injected delays or request floods, its availability issues injected errors).
 * Other names (RCAEval RE3's code-level faults {@code f1}..{@code f5}) have no kind.
 */
public final class DatasetFaultKinds {
    private static final Map<String, FaultKind> KINDS = Map.ofEntries(
            Map.entry("cpu", FaultKind.CPU),
            Map.entry("cpu-hog", FaultKind.CPU),
            Map.entry("mem", FaultKind.MEMORY),
            Map.entry("memory-leak", FaultKind.MEMORY),
            Map.entry("disk", FaultKind.DISK),
            Map.entry("delay", FaultKind.LATENCY),
            Map.entry("latency", FaultKind.LATENCY),
            Map.entry("loss", FaultKind.NETWORK),
            Map.entry("packet-loss", FaultKind.NETWORK),
            Map.entry("socket", FaultKind.NETWORK),
            Map.entry("error-burst", FaultKind.ERRORS),
            Map.entry("availability", FaultKind.ERRORS));

    private DatasetFaultKinds() {
    }

    /** The kind of a dataset's fault name (any letter case), or empty when the name has none. */
    public static Optional<FaultKind> of(String faultType) {
        return faultType == null ? Optional.empty()
                : Optional.ofNullable(KINDS.get(faultType.strip().toLowerCase(Locale.ROOT)));
    }
}
