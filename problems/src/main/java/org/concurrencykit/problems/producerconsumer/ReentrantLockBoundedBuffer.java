package org.concurrencykit.problems.producerconsumer;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bounded buffer with shutdown on a {@link ReentrantLock} with two {@link Condition}s:
 * producers await {@code notFull}, consumers await {@code notEmpty}; each put or take signals
 * one waiter of the condition it made true, and {@code close()} signals <em>all</em> consumers,
 * since every one of them must wake up to find the buffer closed.
 *
 * <p>Invariant: {@code 0 <= count <= capacity}; the buffer is {@code ring[head]},
 * {@code ring[head + 1]}... ({@code count} slots, indices modulo capacity); a consumer waits
 * only while {@code count == 0 && !closed}.
 * Memory consistency effects: {@code unlock()} at the end of {@code put(x)} (or of
 * {@code close()}) happens-before the {@code lock()} of the {@code take()} that returns
 * {@code x} (or -1).
 */
public final class ReentrantLockBoundedBuffer implements BoundedBuffer {
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a slot frees up. */
    private final Condition notFull = lock.newCondition();
    /** Signalled when an item arrives, and (to all) when the buffer closes. */
    private final Condition notEmpty = lock.newCondition();
    /** The slots. Guarded by lock. */
    private final int[] ring;
    /** Index of the oldest item. Guarded by lock. */
    private int head;
    /** Number of items. Guarded by lock. */
    private int count;
    /** Whether close() was called. Guarded by lock. */
    private boolean closed;

    public ReentrantLockBoundedBuffer(int capacity) {
        ring = new int[capacity];
    }

    @Override
    public void put(int item) throws InterruptedException {
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("put(" + item + ") after close()");
            }
            while (count == ring.length) {
                notFull.await();
            }
            insert(item);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int take() throws InterruptedException {
        lock.lock();
        try {
            while (count == 0 && !closed) {
                notEmpty.await();
            }
            if (count == 0) {
                return CLOSED;
            }
            int item = extract();
            notFull.signal();
            return item;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Adds at the tail. Call only when holding lock, with a free slot. */
    private void insert(int item) {
        assert lock.isHeldByCurrentThread() && count < ring.length;
        ring[(head + count) % ring.length] = item;
        count++;
    }

    /** Removes the head. Call only when holding lock, with an item. */
    private int extract() {
        assert lock.isHeldByCurrentThread() && count > 0;
        int item = ring[head];
        head = (head + 1) % ring.length;
        count--;
        return item;
    }
}
