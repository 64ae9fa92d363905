package io.faultline.training.fit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The folder a job writes into, and the one way a file gets into it: whole, via a temporary file. */
final class OutputFolder {
    private final Path folder;

    private OutputFolder(Path folder) {
        this.folder = folder;
    }

    /**
     * Creates the folder (and its parents) when missing; an existing folder is used as it is, other
     * files included.
     *
     * @throws IllegalArgumentException when the path exists and is not a folder
     */
    static OutputFolder prepare(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("output path " + path + " is a file, not a folder");
        }
        Files.createDirectories(absolute);
        return new OutputFolder(absolute);
    }

    /** The path of a file directly in the folder; refuses any name that would lead elsewhere. */
    Path resolve(String fileName) {
        Path target = folder.resolve(fileName).normalize();
        if (!folder.equals(target.getParent())) {
            throw new IllegalArgumentException("file name '" + fileName + "' leaves the output folder");
        }
        return target;
    }

    /** Writes {@code text} as UTF-8 to {@code fileName}, replacing any earlier file atomically where possible. */
    void write(String fileName, String text) throws IOException {
        Path target = resolve(fileName);
        Path temporary = Files.createTempFile(folder, fileName, ".tmp");
        try {
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
