package org.concurrencykit.problems.counter;

import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of the Race-Free Counter: {@code threads} threads each call {@code increment()}
 * {@code increments} times, then {@code get()}.
 */
public record CounterCase(int threads, int increments) implements TestCase {
    /** Most threads in one round. */
    public static final int MAX_THREADS = 8;
    /** Most increments per thread. */
    public static final int MAX_INCREMENTS = 20_000;

    public CounterCase {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads must be 1 to " + MAX_THREADS + ", got " + threads);
        }
        if (increments < 1 || increments > MAX_INCREMENTS) {
            throw new IllegalArgumentException("increments must be 1 to " + MAX_INCREMENTS + ", got " + increments);
        }
    }

    /** The count a correct counter ends with. */
    public int total() {
        return threads * increments;
    }

    @Override
    public String input() {
        return "threads = " + threads + ", increments = " + increments;
    }

    /** The judge's pauses between increments plus the two events of each thread. */
    @Override
    public int size() {
        return threads * (increments / CounterProblem.PAUSE_EVERY + 2);
    }
}
