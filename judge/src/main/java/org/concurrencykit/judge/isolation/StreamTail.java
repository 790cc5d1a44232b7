package org.concurrencykit.judge.isolation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Drains a child's stream on a daemon thread, keeping only its last lines (each cut to a
 * bounded length), so a child that writes without end costs neither memory nor disk.
 */
final class StreamTail {
    private static final int MAX_LINE = 300;

    private final Deque<String> last = new ArrayDeque<>();
    private final int keep;
    private final Thread reader;

    private StreamTail(InputStream in, int keep) {
        this.keep = keep;
        this.reader = new Thread(() -> read(in), "judge-child-stderr");
        reader.setDaemon(true);
    }

    static StreamTail drain(InputStream in, int keep) {
        StreamTail t = new StreamTail(in, keep);
        t.reader.start();
        return t;
    }

    private void read(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = r.read()) >= 0) {
                if (c == '\n') {
                    add(line.toString());
                    line.setLength(0);
                } else if (line.length() < MAX_LINE) {
                    line.append((char) c);
                }
            }
            if (line.length() > 0) {
                add(line.toString());
            }
        } catch (IOException e) {
            add("(stderr of the child JVM could not be read: " + e.getMessage() + ")");
        }
    }

    private synchronized void add(String line) {
        last.addLast(line);
        if (last.size() > keep) {
            last.removeFirst();
        }
    }

    /** Waits up to {@code millis} for the stream to end. */
    void awaitEnd(long millis) throws InterruptedException {
        reader.join(millis);
    }

    /** The last lines read so far. */
    synchronized List<String> lines() {
        return new ArrayList<>(last);
    }
}
