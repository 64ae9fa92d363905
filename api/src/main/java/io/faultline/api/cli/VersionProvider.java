package io.faultline.api.cli;

import io.faultline.models.FaultlineVersion;
import picocli.CommandLine;

/** {@code faultline --version}: the version recorded in every model's provenance. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"faultline " + FaultlineVersion.current()};
    }
}
