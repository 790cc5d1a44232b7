package org.concurrencykit.problems.counter;

/**
 * Race-free counter on the object's monitor: both methods are {@code synchronized}, so an
 * increment's read, add and write run as one step that no other thread's increment can
 * come between.
 *
 * <p>Invariant: {@code count} is the number of increments that have returned.
 * Memory consistency effects: the monitor's unlock at the end of an {@code increment()}
 * happens-before the lock of every later {@code increment()} or {@code get()}.
 */
public final class SynchronizedCounter implements Counter {
    /** The count. Guarded by this. */
    private int count;

    @Override
    public synchronized void increment() {
        count++;
    }

    @Override
    public synchronized int get() {
        return count;
    }
}
