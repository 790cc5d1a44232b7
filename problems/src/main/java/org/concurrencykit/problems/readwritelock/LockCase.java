package org.concurrencykit.problems.readwritelock;

import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of the read-write lock: how many reader and writer threads share the lock, and
 * how often each takes it.
 *
 * <p>Each writer writes {@code writes} times. Each reader reads {@code reads} times, or, in a
 * stream ({@link #STREAM}), keeps reading until every writer is done, each reader staying
 * inside until another reader has come in (or cannot), so that readers overlap all the time:
 * a lock that lets readers in while a writer waits never gets the writer in.
 *
 * @param readers number of reader threads
 * @param writers number of writer threads
 * @param reads   reads per reader, or {@link #STREAM}
 * @param writes  writes per writer
 */
public record LockCase(int readers, int writers, int reads, int writes) implements TestCase {
    /** {@code reads} of a stream. */
    public static final int STREAM = 0;
    /** Most threads in one case. */
    public static final int MAX_THREADS = 8;
    /** Most writer threads. */
    public static final int MAX_WRITERS = 4;
    /** Most reads per reader. */
    public static final int MAX_READS = 50;
    /** Most writes per writer. */
    public static final int MAX_WRITES = 20;

    public LockCase {
        require(readers >= 1 && writers >= 1 && readers + writers <= MAX_THREADS,
                "readers and writers must be at least 1 each and at most " + MAX_THREADS + " together");
        require(writers <= MAX_WRITERS, "writers must be at most " + MAX_WRITERS);
        require(reads >= 0 && reads <= MAX_READS, "reads must be in 1.." + MAX_READS + " or stream");
        require(writes >= 1 && writes <= MAX_WRITES, "writes must be in 1.." + MAX_WRITES);
        require(reads != STREAM || readers >= 2, "a stream needs at least 2 readers");
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }

    /** Whether the readers read until the writers are done. */
    public boolean stream() {
        return reads == STREAM;
    }

    @Override
    public String input() {
        return "readers = " + readers + ", writers = " + writers + ", reads = " + (stream() ? "stream" : reads)
                + ", writes = " + writes;
    }

    /** Events: three per write, two per read (a stream reads about twice per write and reader). */
    @Override
    public int size() {
        int reading = stream() ? 2 * readers * writers * writes : reads * readers;
        return 3 * writers * writes + 2 * reading;
    }
}
