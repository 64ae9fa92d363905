package io.faultline.datasets.nab;

import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder in the layout of the Numenta Anomaly Benchmark (Lavin and Ahmad, ICMLA 2015):
 * {@code data/<category>/<name>.csv}, {@code labels/combined_windows.json} and, optionally,
 * {@code config/profiles.json}. Series are sorted by their relative path; every data file must have a
 * labels entry and every labels entry a data file, so that no window is silently dropped.
 */
public record NabCorpus(List<NabSeries> series, List<NabCostProfile> profiles) {
    public static final String DATA_DIR = "data";
    public static final String WINDOWS_FILE = "labels/combined_windows.json";
    public static final String PROFILES_FILE = "config/profiles.json";

    public NabCorpus {
        series = List.copyOf(series);
        profiles = List.copyOf(profiles);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a NAB corpus needs at least one series");
        }
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("a NAB corpus needs at least one cost profile");
        }
    }

    /**
     * Loads every series with its windows; the profiles come from {@code config/profiles.json} when
     * the folder has one, else they are {@link NabCostProfile#standardProfiles()}.
     *
     * @throws InvalidInputException naming the missing or malformed file (and line or JSON path)
     */
    public static NabCorpus load(Path root) {
        Path dataDir = root.resolve(DATA_DIR);
        Path windowsFile = root.resolve(WINDOWS_FILE);
        if (!Files.isDirectory(dataDir)) {
            throw new InvalidInputException(root + " is not a NAB folder: missing directory " + dataDir);
        }
        if (!Files.isRegularFile(windowsFile)) {
            throw new InvalidInputException(root + " is not a NAB folder: missing file " + windowsFile);
        }
        Map<String, Path> files = dataFiles(dataDir);
        if (files.isEmpty()) {
            throw new InvalidInputException(root + " is not a NAB folder: no " + DATA_DIR + "/<category>/<name>.csv files");
        }
        Map<String, List<NabWindow>> windows = NabWindowsReader.read(windowsFile);
        for (String key : windows.keySet()) {
            if (!files.containsKey(key)) {
                throw new InvalidInputException(windowsFile + " names " + key + " but " + dataDir.resolve(key) + " does not exist");
            }
        }
        List<NabSeries> series = new ArrayList<>();
        for (Map.Entry<String, Path> f : files.entrySet()) {
            List<NabWindow> w = windows.get(f.getKey());
            if (w == null) {
                throw new InvalidInputException(f.getValue() + " has no entry \"" + f.getKey() + "\" in " + windowsFile);
            }
            NabSeriesReader.Rows rows = NabSeriesReader.read(f.getValue());
            String[] parts = f.getKey().split("/");
            try {
                series.add(new NabSeries(parts[0], parts[1].substring(0, parts[1].length() - 4),
                        rows.timestampsMs(), rows.values(), w));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(windowsFile + ": $['" + f.getKey() + "'] does not fit " + f.getValue()
                        + ": " + e.getMessage(), e);
            }
        }
        Path profilesFile = root.resolve(PROFILES_FILE);
        List<NabCostProfile> profiles = Files.isRegularFile(profilesFile)
                ? NabProfilesReader.read(profilesFile) : NabCostProfile.standardProfiles();
        return new NabCorpus(series, profiles);
    }

    /** The windows of every series, by relative path, in the corpus' order. */
    public Map<String, List<NabWindow>> windowsByPath() {
        Map<String, List<NabWindow>> m = new LinkedHashMap<>();
        series.forEach(s -> m.put(s.relativePath(), s.windows()));
        return m;
    }

    /** The series of a relative path such as {@code realKnownCause/nyc_taxi.csv}. */
    public Optional<NabSeries> series(String relativePath) {
        return series.stream().filter(s -> s.relativePath().equals(relativePath)).findFirst();
    }

    /** The profile of this name, or empty. */
    public Optional<NabCostProfile> profile(String name) {
        return profiles.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public int rowCount() {
        return series.stream().mapToInt(NabSeries::size).sum();
    }

    public int windowCount() {
        return series.stream().mapToInt(s -> s.windows().size()).sum();
    }

    /** {@code <category>/<name>.csv} to file, sorted; only CSV files exactly two levels below data/. */
    private static Map<String, Path> dataFiles(Path dataDir) {
        Map<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dataDir, 2)) {
            walk.filter(p -> p.getNameCount() == dataDir.getNameCount() + 2)
                    .filter(p -> p.getFileName().toString().endsWith(".csv") && Files.isRegularFile(p))
                    .forEach(p -> files.put(dataDir.relativize(p).toString().replace('\\', '/'), p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dataDir + ": " + e.getMessage(), e);
        }
        return files;
    }
}
