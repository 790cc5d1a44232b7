package org.concurrencykit.problems.event;

import java.util.concurrent.TimeUnit;

/**
 * The event on its own monitor, with a generation count: each {@code set()} of a clear flag
 * starts a new generation and wakes every waiter with {@code notifyAll()}. A waiter remembers
 * the generation it began waiting in and waits, in a {@code while} loop, until the flag is set
 * or the generation has moved on: so a {@code clear()} right after the {@code set()} that woke
 * it cannot put it back to sleep.
 *
 * <p>Invariant: {@code generation} counts the sets that found the flag clear; a waiter that
 * saw generation {@code g} has been released exactly when {@code set || generation != g}.
 * Memory consistency effects: the monitor's unlock in {@code set()} happens-before its lock by
 * every thread that then sees the flag set or the generation moved on.
 */
public final class SynchronizedEvent implements ManualResetEvent {
    /** Whether the flag is set. Guarded by this. */
    private boolean set;
    /** Sets that found the flag clear. Guarded by this. */
    private long generation;

    @Override
    public synchronized void set() {
        if (!set) {
            set = true;
            generation++;
            notifyAll();
        }
    }

    @Override
    public synchronized void clear() {
        set = false;
    }

    @Override
    public synchronized boolean isSet() {
        return set;
    }

    @Override
    public synchronized void await() throws InterruptedException {
        long g = generation;
        while (!set && generation == g) {
            wait();
        }
    }

    @Override
    public synchronized boolean await(long timeoutMillis) throws InterruptedException {
        long g = generation;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!set && generation == g) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
