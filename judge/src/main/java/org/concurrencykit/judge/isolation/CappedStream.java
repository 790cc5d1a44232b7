package org.concurrencykit.judge.isolation;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the solution's {@code System.out} and {@code System.err} go in the child: the
 * first bytes are kept to show the user, the rest only counted, so a solution that prints
 * without end can neither fill a disk nor slow the judge with I/O.
 */
final class CappedStream extends OutputStream {
    static final int KEEP = 4096;

    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private long total;

    @Override
    public synchronized void write(int b) {
        total++;
        if (kept.size() < KEEP) {
            kept.write(b);
        }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        total += len;
        int room = KEEP - kept.size();
        if (room > 0) {
            kept.write(b, off, Math.min(room, len));
        }
    }

    synchronized long total() {
        return total;
    }

    synchronized String head() {
        return kept.toString(StandardCharsets.UTF_8);
    }
}
