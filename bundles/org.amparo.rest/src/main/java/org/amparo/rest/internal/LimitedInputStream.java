package org.amparo.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read from a request body and fails with {@link PayloadTooLargeException} as soon as
 * more than the limit arrive, whatever the {@code Content-Length} claimed (or for a chunked body,
 * which has none). Not thread-safe, like the stream it wraps.
 */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private long count;
    private long mark;

    LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public synchronized void mark(int readLimit) {
        super.mark(readLimit);
        mark = count;
    }

    @Override
    public synchronized void reset() throws IOException {
        super.reset();
        count = mark;
    }

    private void counted(long n) throws PayloadTooLargeException {
        count += n;
        if (count > limit) {
            throw new PayloadTooLargeException(limit);
        }
    }
}
