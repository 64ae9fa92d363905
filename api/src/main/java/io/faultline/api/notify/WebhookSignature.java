package io.faultline.api.notify;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of Faultline's JSON webhook: {@code X-Faultline-Signature: sha256=<hex>}, the
 * lower-case hex HMAC-SHA256, keyed with the shared secret, of the ASCII timestamp from
 * {@code X-Faultline-Timestamp} (Unix seconds), a dot, and the exact body bytes. Signing the
 * timestamp with the body means a captured request cannot be replayed later with a fresh
 * timestamp; receivers reject timestamps too far from their clock.
 */
public final class WebhookSignature {
    public static final String SIGNATURE_HEADER = "X-Faultline-Signature";
    public static final String TIMESTAMP_HEADER = "X-Faultline-Timestamp";

    private WebhookSignature() {
    }

    /** The header value {@code sha256=<hex>} for this timestamp and body. */
    public static String sign(byte[] secret, long timestampSeconds, byte[] body) {
        Mac mac = mac(secret);
        mac.update((timestampSeconds + ".").getBytes(StandardCharsets.US_ASCII));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    /**
     * What a receiver does: true when the signature matches (compared in constant time) and the
     * timestamp is within {@code toleranceSeconds} of {@code nowSeconds}.
     */
    public static boolean verify(byte[] secret, String timestampHeader, String signatureHeader, byte[] body,
                                 long nowSeconds, long toleranceSeconds) {
        if (timestampHeader == null || signatureHeader == null) {
            return false;
        }
        long timestamp;
        try {
            timestamp = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowSeconds - timestamp) > toleranceSeconds) {
            return false;
        }
        byte[] expected = sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signatureHeader.strip().getBytes(StandardCharsets.US_ASCII));
    }

    private static Mac mac(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }
}
