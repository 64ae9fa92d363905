package io.faultline.api.cli;

import io.faultline.models.registry.DetectorRegistry;
import java.util.Iterator;

/** The registered detector names, for option help texts ({@code ${COMPLETION-CANDIDATES}}). */
final class DetectorNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
        return DetectorRegistry.defaultRegistry().names().iterator();
    }
}
