package org.concurrencykit.problems.counter;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Race-free counter on a {@link ReentrantLock}: the synchronized counter with the monitor
 * replaced by an explicit lock, taken before the read-modify-write and released in
 * {@code finally}.
 *
 * <p>Invariant: {@code count} is the number of increments that have returned.
 * Memory consistency effects: {@code unlock()} at the end of an {@code increment()}
 * happens-before the {@code lock()} of every later {@code increment()} or {@code get()}.
 */
public final class ReentrantLockCounter implements Counter {
    private final ReentrantLock lock = new ReentrantLock();
    /** The count. Guarded by lock. */
    private int count;

    @Override
    public void increment() {
        lock.lock();
        try {
            count++;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int get() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
