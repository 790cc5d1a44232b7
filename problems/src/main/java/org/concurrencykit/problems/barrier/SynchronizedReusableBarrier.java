package org.concurrencykit.problems.barrier;

/**
 * Reusable barrier on its own monitor with a generation count: each arrival counts itself;
 * the last one of a phase resets the count, starts the next generation and wakes everyone
 * with {@code notifyAll()}; the others {@code wait()} while the generation they arrived in
 * is still the current one.
 *
 * <p>Invariant: {@code arrived} is the number of parties that have called {@code await()}
 * in the current generation, {@code 0 <= arrived < parties}. A waiter tests the generation,
 * not the count, so a fast thread that already arrived in the next generation cannot keep
 * it waiting, and a thread of the next generation cannot slip through on the old one.
 * Memory consistency effects: each arrival's unlock of the monitor happens-before the last
 * arrival's lock, whose unlock happens-before each waiter's return from {@code wait()}.
 */
public final class SynchronizedReusableBarrier implements ReusableBarrier {
    /** How many threads meet. */
    private final int parties;
    /** Parties arrived in the current generation. Guarded by this. */
    private int arrived;
    /** Which meeting is being gathered: incremented each time the barrier opens. Guarded by this. */
    private long generation;

    public SynchronizedReusableBarrier(int parties) {
        this.parties = parties;
    }

    @Override
    public synchronized void await() throws InterruptedException {
        long mine = generation;
        arrived++;
        if (arrived == parties) {
            arrived = 0;
            generation++;
            notifyAll();
            return;
        }
        while (generation == mine) {
            wait();
        }
    }
}
