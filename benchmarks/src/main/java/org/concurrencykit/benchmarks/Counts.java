package org.concurrencykit.benchmarks;

/**
 * Per-thread output counters, a cache line apart so that counting adds no sharing of its
 * own. Each slot is written by one thread only and read after that thread is joined
 * ({@code Thread.join} gives the happens-before edge).
 */
public final class Counts {
    /** Slots a cache line (and a bit) apart. */
    private static final int STRIDE = 16;
    /** Counter of thread {@code i} at {@code i * STRIDE}. */
    private final long[] slots;

    public Counts(int threads) {
        slots = new long[threads * STRIDE];
    }

    /** Counts one output of thread {@code i}. Call only from thread {@code i}. */
    public void add(int i) {
        slots[i * STRIDE]++;
    }

    /**
     * Checks that the run printed {@code expected} outputs in all, so that a benchmark never
     * reports the speed of a run that skipped its work.
     */
    public void expect(long expected) {
        long total = 0;
        for (int i = 0; i < slots.length; i += STRIDE) {
            total += slots[i];
        }
        if (total != expected) {
            throw new IllegalStateException("the run printed " + total + " outputs; expected " + expected);
        }
    }
}
