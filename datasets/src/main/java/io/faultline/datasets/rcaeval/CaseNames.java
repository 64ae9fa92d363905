package io.faultline.datasets.rcaeval;

import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** How loaders name a case (its folder relative to the data root) and word the reason it failed. */
public final class CaseNames {
    private CaseNames() {
    }

    /** {@code folder} relative to {@code root}, with {@code /} between names on every platform. */
    public static String relative(Path root, Path folder) {
        return root.relativize(folder).toString().replace(folder.getFileSystem().getSeparator(), "/");
    }

    /** The reason a case failed, for a {@link CaseError}: the exception's message, or its kind when it has none. */
    public static String message(Exception e) {
        Throwable t = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        if (t instanceof NoSuchFileException missing) {
            return "missing file " + Path.of(missing.getFile()).getFileName();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
