package io.faultline.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The running Faultline version, recorded in every model's provenance: the
 * {@code Implementation-Version} of the models jar's manifest when running from a jar, else the
 * {@code version} in the build-filtered resource {@value #RESOURCE}, else {@code "dev"}.
 */
public final class FaultlineVersion {
    static final String RESOURCE = "faultline-version.properties";
    static final String UNKNOWN = "dev";
    private static final String CURRENT = resolve(
            FaultlineVersion.class.getPackage().getImplementationVersion(),
            FaultlineVersion.class.getResourceAsStream(RESOURCE));

    private FaultlineVersion() {
    }

    public static String current() {
        return CURRENT;
    }

    static String resolve(String manifestVersion, InputStream resource) {
        if (usable(manifestVersion)) {
            return manifestVersion;
        }
        if (resource == null) {
            return UNKNOWN;
        }
        try (InputStream in = resource) {
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            return usable(version) ? version.trim() : UNKNOWN;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static boolean usable(String version) {
        // an unfiltered resource (an IDE build) still holds the Maven placeholder
        return version != null && !version.isBlank() && !version.contains("${");
    }
}
