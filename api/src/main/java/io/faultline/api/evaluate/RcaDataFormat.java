package io.faultline.api.evaluate;

import io.faultline.datasets.petshop.PetShopLoader;
import io.faultline.datasets.rcaeval.RcaCaseData;
import io.faultline.datasets.rcaeval.RcaCaseSource;
import io.faultline.datasets.rcaeval.RcaEvalLoader;
import io.faultline.datasets.rcaeval.SockShop1Loader;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The benchmark layouts {@code faultline evaluate rca} reads, and how each is scored: RCAEval and Sock Shop 1
 * at service level as RCAEval does (the service of a metric up to its first {@code _}, {@code -db} removed),
 * PetShop at component level (its root causes are nodes, and node names contain {@code _}). Results are
 * grouped by fault type; PetShop's by scenario and target metric, the way its published baseline is given.
 */
public enum RcaDataFormat {
    RCAEVAL("rcaeval", RcaEvalLoader::new, true),
    SOCKSHOP1("sockshop1", SockShop1Loader::new, true),
    PETSHOP("petshop", PetShopLoader::new, false);

    private final String cliName;
    private final Supplier<RcaCaseSource> loader;
    private final boolean serviceLevel;

    RcaDataFormat(String cliName, Supplier<RcaCaseSource> loader, boolean serviceLevel) {
        this.cliName = cliName;
        this.loader = loader;
        this.serviceLevel = serviceLevel;
    }

    public String cliName() {
        return cliName;
    }

    public RcaCaseSource loader() {
        return loader.get();
    }

    /** Whether rankings are scored at service level (RCAEval's rule) rather than per component. */
    public boolean serviceLevel() {
        return serviceLevel;
    }

    /** The group a case's figures are reported in: its fault type, or for PetShop {@code <scenario>/<target metric>}. */
    public String group(RcaCaseData c) {
        if (this != PETSHOP) {
            return c.faultType();
        }
        int cut = c.name().indexOf('/');
        return (cut < 0 ? "" : c.name().substring(0, cut + 1)) + c.faultType();
    }

    /**
     * The format of that command-line name (any letter case).
     *
     * @throws IllegalArgumentException for an unknown name; the message lists the valid ones
     */
    public static RcaDataFormat parse(String name) {
        String wanted = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown format '" + name + "'; valid formats: "
                        + Arrays.stream(values()).map(RcaDataFormat::cliName).collect(Collectors.joining(", "))));
    }
}
