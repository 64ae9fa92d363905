package io.faultline.training.nab;

import java.util.List;
import java.util.NoSuchElementException;

/** A detector's NAB results for every profile scored, in the order the profiles were given. */
public record NabReport(double probationPercent, List<NabProfileScore> profiles) {
    public NabReport {
        profiles = List.copyOf(profiles);
    }

    public NabProfileScore profile(String name) {
        return profiles.stream().filter(p -> p.profile().name().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no profile '" + name + "', have "
                        + profiles.stream().map(p -> p.profile().name()).toList()));
    }
}
