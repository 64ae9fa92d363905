package io.faultline.api.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * One scrape of a server's {@code /metrics} in the Prometheus text format, to read a few of its own figures
 * (memory, active series). Only what the side-by-side needs: the value of the first line of a metric whose
 * labels contain a given fragment.
 */
public record MetricsScrape(String text) {

    public static MetricsScrape of(URI metricsUrl) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(metricsUrl).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + metricsUrl + " answered " + r.statusCode());
        }
        return new MetricsScrape(r.body());
    }

    /** The value of {@code name} on the first line whose label part contains {@code labelFragment} ("" for any). */
    public OptionalDouble value(String name, String labelFragment) {
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(name)) {
                continue;
            }
            String rest = line.substring(name.length());
            String labels = "";
            if (rest.startsWith("{")) {
                int end = rest.indexOf('}');
                labels = rest.substring(1, end);
                rest = rest.substring(end + 1);
            } else if (!rest.startsWith(" ")) {
                continue; // a longer name with this prefix
            }
            if (!labels.contains(labelFragment)) {
                continue;
            }
            String[] fields = rest.trim().split("\\s+");
            try {
                return OptionalDouble.of(Double.parseDouble(fields[0]));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        return OptionalDouble.empty();
    }

    public double valueOrNaN(String name, String labelFragment) {
        return value(name, labelFragment).orElse(Double.NaN);
    }
}
