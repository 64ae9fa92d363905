package io.faultline.ingest.format;

/**
 * Input text as shown in an error message: cut short, so one huge bad field cannot flood a log. Shared
 * by every decoder of this module (JSON, CSV, remote_write, OTLP), so they all cut at the same length.
 */
public final class Excerpt {
    private static final int MAX = 40;

    private Excerpt() {
    }

    public static String of(String text) {
        return text.length() > MAX ? text.substring(0, MAX) + "..." : text;
    }
}
