package io.faultline.datasets.nab;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the shared NAB folder for opt-in tests: {@code -Dfaultline.data=DIR} (holding {@code nab/}),
 * else the first {@code shared/data/nab} found walking up from the working directory.
 */
final class NabData {
    private NabData() {
    }

    static Optional<Path> locate() {
        String property = System.getProperty("faultline.data");
        if (property != null && !property.isBlank()) {
            Path nab = Path.of(property).resolve("nab");
            return Files.isDirectory(nab) ? Optional.of(nab) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path nab = dir.resolve("shared").resolve("data").resolve("nab");
            if (Files.isDirectory(nab.resolve(NabCorpus.DATA_DIR))) {
                return Optional.of(nab);
            }
        }
        return Optional.empty();
    }
}
