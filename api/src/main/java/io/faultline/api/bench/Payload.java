package io.faultline.api.bench;

import java.util.List;

/**
 * Ready-to-send remote_write bodies: {@code shards.get(s)} is shard {@code s}'s requests in sending order,
 * {@code samples.get(s)[k]} the number of samples in its request {@code k}.
 */
public record Payload(PayloadParams params, List<List<byte[]>> shards, List<int[]> samples) {
    public Payload {
        shards = List.copyOf(shards);
        samples = List.copyOf(samples);
        if (shards.size() != samples.size()) {
            throw new IllegalArgumentException("one sample count list per shard: " + shards.size() + " vs " + samples.size());
        }
    }

    public int requests() {
        return shards.stream().mapToInt(List::size).sum();
    }

    public long samplesTotal() {
        long n = 0;
        for (int[] counts : samples) {
            for (int c : counts) {
                n += c;
            }
        }
        return n;
    }

    public long bytes() {
        return shards.stream().flatMap(List::stream).mapToLong(b -> b.length).sum();
    }
}
