package io.faultline.ingest;

/**
 * Shares equal label names, label values and metric names between series keys, so 100,000 series of one
 * metric hold its name once, and a label value common to many series (a service, a job, a region) is
 * held once, not once per decoded request. A lossy cache, like the JDK's own string deduplication: a
 * fixed table of 16,384 slots (64 KB), a string replacing whatever sat in its slot, so a value seen once
 * (an instance id) costs nothing lasting and the table never grows. Racy by design: slots are plain
 * writes of immutable strings, and a lost write only costs a later miss.
 */
final class LabelStrings {
    private static final int SLOTS = 1 << 14;
    private static final String[] TABLE = new String[SLOTS];

    private LabelStrings() {
    }

    /** An equal string seen before, else {@code s}, remembered for later. */
    static String share(String s) {
        int h = s.hashCode();
        int slot = (h ^ (h >>> 14)) & (SLOTS - 1);
        String seen = TABLE[slot];
        if (s.equals(seen)) {
            return seen;
        }
        TABLE[slot] = s;
        return s;
    }
}
