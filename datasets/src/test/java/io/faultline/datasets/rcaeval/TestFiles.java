package io.faultline.datasets.rcaeval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes the small handmade case folders the loader tests read. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Writes {@code lines} joined by LF (with a final LF) to {@code root/relative}, creating folders. */
    public static Path write(Path root, String relative, String... lines) {
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    public static Path folder(Path root, String relative) {
        try {
            return Files.createDirectories(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
