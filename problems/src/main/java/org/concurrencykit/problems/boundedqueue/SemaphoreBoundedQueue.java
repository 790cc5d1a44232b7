package org.concurrencykit.problems.boundedqueue;

import java.util.concurrent.Semaphore;

/**
 * Bounded blocking queue on three {@link Semaphore}s, the textbook producer-consumer:
 * {@code freeSlots} counts empty slots (a producer takes one before adding),
 * {@code readyElements} counts elements (a consumer takes one before removing), and a
 * binary {@code ringMutex} keeps the ring's updates apart. The counting semaphores do all
 * the blocking, so no thread ever waits while holding the mutex.
 *
 * <p>Invariant: {@code freeSlots + readyElements + (calls between their two semaphore
 * steps) == capacity}; the queue is {@code ring[head]}, {@code ring[head + 1]}...
 * ({@code count} slots, indices modulo capacity).
 * Memory consistency effects: {@code readyElements.release()} after {@code enqueue(x)}
 * wrote {@code x} happens-before the {@code acquire()} it satisfies in the {@code dequeue()}
 * that takes {@code x}; {@code ringMutex} orders the ring's updates.
 */
public final class SemaphoreBoundedQueue implements BoundedQueue {
    /** Permits: empty slots. */
    private final Semaphore freeSlots;
    /** Permits: elements ready to be taken. */
    private final Semaphore readyElements = new Semaphore(0);
    /** One permit: held while the ring is read or changed. */
    private final Semaphore ringMutex = new Semaphore(1);
    /** The slots. Guarded by ringMutex. */
    private final int[] ring;
    /** Index of the oldest element. Guarded by ringMutex. */
    private int head;
    /** Number of elements. Guarded by ringMutex. */
    private int count;

    public SemaphoreBoundedQueue(int capacity) {
        ring = new int[capacity];
        freeSlots = new Semaphore(capacity);
    }

    @Override
    public void enqueue(int element) throws InterruptedException {
        freeSlots.acquire();
        ringMutex.acquireUninterruptibly();
        try {
            insert(element);
        } finally {
            ringMutex.release();
        }
        readyElements.release();
    }

    @Override
    public int dequeue() throws InterruptedException {
        readyElements.acquire();
        int element;
        ringMutex.acquireUninterruptibly();
        try {
            element = extract();
        } finally {
            ringMutex.release();
        }
        freeSlots.release();
        return element;
    }

    @Override
    public int size() {
        ringMutex.acquireUninterruptibly();
        try {
            return count;
        } finally {
            ringMutex.release();
        }
    }

    /** Adds at the tail. Call only when holding ringMutex, with a free slot. */
    private void insert(int element) {
        assert count < ring.length;
        ring[(head + count) % ring.length] = element;
        count++;
    }

    /** Removes the head. Call only when holding ringMutex, with an element. */
    private int extract() {
        assert count > 0;
        int element = ring[head];
        head = (head + 1) % ring.length;
        count--;
        return element;
    }
}
