package org.concurrencykit.problems.boundedqueue;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bounded blocking queue on a {@link ReentrantLock} with two {@link Condition}s, the shape
 * of {@code ArrayBlockingQueue}: producers await {@code notFull}, consumers await
 * {@code notEmpty}, and each change signals one waiter of the condition it made true.
 * Separate conditions make a single {@code signal()} enough: it can only wake a thread
 * that can now proceed.
 *
 * <p>Invariant: {@code 0 <= count <= capacity}; the queue is {@code ring[head]},
 * {@code ring[head + 1]}... ({@code count} slots, indices modulo capacity).
 * Memory consistency effects: {@code unlock()} at the end of {@code enqueue(x)}
 * happens-before the {@code lock()} of the {@code dequeue()} that takes {@code x}.
 */
public final class ReentrantLockBoundedQueue implements BoundedQueue {
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a slot frees up. */
    private final Condition notFull = lock.newCondition();
    /** Signalled when an element arrives. */
    private final Condition notEmpty = lock.newCondition();
    /** The slots. Guarded by lock. */
    private final int[] ring;
    /** Index of the oldest element. Guarded by lock. */
    private int head;
    /** Number of elements. Guarded by lock. */
    private int count;

    public ReentrantLockBoundedQueue(int capacity) {
        ring = new int[capacity];
    }

    @Override
    public void enqueue(int element) throws InterruptedException {
        lock.lock();
        try {
            while (count == ring.length) {
                notFull.await();
            }
            insert(element);
            notEmpty.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int dequeue() throws InterruptedException {
        lock.lock();
        try {
            while (count == 0) {
                notEmpty.await();
            }
            int element = extract();
            notFull.signal();
            return element;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int size() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** Adds at the tail. Call only when holding lock, with a free slot. */
    private void insert(int element) {
        assert lock.isHeldByCurrentThread() && count < ring.length;
        ring[(head + count) % ring.length] = element;
        count++;
    }

    /** Removes the head. Call only when holding lock, with an element. */
    private int extract() {
        assert lock.isHeldByCurrentThread() && count > 0;
        int element = ring[head];
        head = (head + 1) % ring.length;
        count--;
        return element;
    }
}
