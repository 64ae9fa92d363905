package io.faultline.training.fit;

import io.faultline.ingest.SeriesKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The file name of a series' model: the key's text with every run of characters outside
 * {@code [A-Za-z0-9_-]} turned into one {@code _}, cut to {@value #MAX_TEXT} characters, then {@code -},
 * the first 12 hex digits of the SHA-256 of the key's text, and {@code .json}. For example
 * {@code http_latency_ms{service="cart"}} becomes {@code http_latency_ms_service_cart-<hash>.json}.
 *
 * <p>The name has no separator, no dot but the extension's and no leading dot, so it can never leave
 * the output folder; the hash keeps keys apart that sanitise to the same text, case differences on
 * case-insensitive file systems included.
 */
final class ModelFileName {
    static final int MAX_TEXT = 80;
    private static final int HASH_HEX_DIGITS = 12;

    private ModelFileName() {
    }

    static String of(SeriesKey key) {
        String text = key.toString();
        String readable = text.replaceAll("[^A-Za-z0-9_-]+", "_").replaceAll("^[_-]+|_+$", "");
        if (readable.length() > MAX_TEXT) {
            readable = readable.substring(0, MAX_TEXT);
        }
        if (readable.isEmpty()) {
            readable = "series";
        }
        return readable + "-" + hash(text) + ".json";
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
