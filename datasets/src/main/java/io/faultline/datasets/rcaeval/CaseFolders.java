package io.faultline.datasets.rcaeval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the folders of a data set in a stable order: names compared with digit runs as numbers
 * ({@code issue_2} before {@code issue_10}), hidden folders and the {@code __MACOSX} folders of zip files
 * left out.
 */
public final class CaseFolders {
    /** Compares names with digit runs as numbers, the rest character by character. */
    public static final Comparator<String> NATURAL_ORDER = CaseFolders::compareNatural;

    private CaseFolders() {
    }

    /** The subfolders of {@code folder}, in {@link #NATURAL_ORDER}. */
    public static List<Path> subfolders(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> !ignored(p.getFileName().toString()))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString(), NATURAL_ORDER))
                    .toList();
        }
    }

    /** Whether a folder of this name is not data: hidden, or zip-tool debris. */
    public static boolean ignored(String name) {
        return name.startsWith(".") || name.equals("__MACOSX");
    }

    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (Character.isDigit(ca) && Character.isDigit(cb)) {
                int ei = digitsEnd(a, i);
                int ej = digitsEnd(b, j);
                String da = a.substring(i, ei).replaceFirst("^0+(?=.)", "");
                String db = b.substring(j, ej).replaceFirst("^0+(?=.)", "");
                int cmp = da.length() != db.length() ? Integer.compare(da.length(), db.length()) : da.compareTo(db);
                if (cmp != 0) {
                    return cmp;
                }
                i = ei;
                j = ej;
            } else {
                if (ca != cb) {
                    return Character.compare(ca, cb);
                }
                i++;
                j++;
            }
        }
        int rest = Integer.compare(a.length() - i, b.length() - j);
        return rest != 0 ? rest : a.compareTo(b);
    }

    private static int digitsEnd(String s, int from) {
        int k = from;
        while (k < s.length() && Character.isDigit(s.charAt(k))) {
            k++;
        }
        return k;
    }
}
