package io.faultline.ingest;

import java.util.List;

/** What one request or file delivers: the samples of several series, stored all or nothing. */
public record SampleBatch(List<SeriesSamples> series) {
    public SampleBatch {
        series = List.copyOf(series);
    }

    public int sampleCount() {
        int n = 0;
        for (SeriesSamples s : series) {
            n += s.size();
        }
        return n;
    }

    public boolean isEmpty() {
        return sampleCount() == 0;
    }
}
