package org.concurrencykit.problems.event;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The event as a lock and one condition, {@code released}, with a generation count like
 * {@link SynchronizedEvent}'s: a {@code set()} of a clear flag starts a new generation and
 * signals every waiter; a waiter waits, in a loop, until the flag is set or its generation
 * has passed. The timed wait uses {@code awaitNanos}, which returns what is left of the
 * timeout, so a wake-up before the deadline waits again for the rest.
 *
 * <p>Invariant: {@code generation} counts the sets that found the flag clear.
 * Memory consistency effects: {@code unlock()} in {@code set()} happens-before the
 * {@code lock()} (or the return from {@code await}) of every waiter it releases.
 */
public final class ReentrantLockEvent implements ManualResetEvent {
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled, to all, by a set() that finds the flag clear. */
    private final Condition released = lock.newCondition();
    /** Whether the flag is set. Guarded by lock. */
    private boolean set;
    /** Sets that found the flag clear. Guarded by lock. */
    private long generation;

    @Override
    public void set() {
        lock.lock();
        try {
            if (!set) {
                set = true;
                generation++;
                released.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void clear() {
        lock.lock();
        try {
            set = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isSet() {
        lock.lock();
        try {
            return set;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void await() throws InterruptedException {
        lock.lock();
        try {
            long g = generation;
            while (!set && generation == g) {
                released.await();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean await(long timeoutMillis) throws InterruptedException {
        long left = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        lock.lock();
        try {
            long g = generation;
            while (!set && generation == g) {
                if (left <= 0) {
                    return false;
                }
                left = released.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
