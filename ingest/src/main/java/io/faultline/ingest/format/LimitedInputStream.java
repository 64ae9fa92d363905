package io.faultline.ingest.format;

import io.faultline.ingest.InvalidInputException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Fails once more than a given number of bytes have been read, so a huge body is cut off early. */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private final Supplier<InvalidInputException> tooLarge;
    private long count;

    LimitedInputStream(InputStream in, long limit, Supplier<InvalidInputException> tooLarge) {
        super(in);
        this.limit = limit;
        this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw tooLarge.get();
        }
    }
}
