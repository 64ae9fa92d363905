package io.faultline.models;

import io.faultline.ingest.SeriesSamples;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The SHA-256 of a series' samples, so that a model's provenance pins the exact data it was
 * trained on. The digest covers, for each sample in order, the timestamp as an 8-byte big-endian
 * long followed by {@link Double#doubleToLongBits} of the value as an 8-byte big-endian long (all
 * NaNs hash alike); the series key is not included. Lower-case hex.
 */
public final class SeriesFingerprint {

    private SeriesFingerprint() {
    }

    public static String sha256(SeriesSamples samples) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
        ByteBuffer buffer = ByteBuffer.allocate(16);
        long[] timestamps = samples.timestampsMs();
        double[] values = samples.values();
        for (int i = 0; i < values.length; i++) {
            buffer.clear();
            buffer.putLong(timestamps[i]).putLong(Double.doubleToLongBits(values[i]));
            digest.update(buffer.array());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
