package org.concurrencykit.problems.boundedqueue;

/**
 * Bounded blocking queue on one monitor: an array ring guarded by {@code this}; a producer
 * waits with {@code while (full) wait()}, a consumer with {@code while (empty) wait()}, and
 * every change wakes all waiters with {@code notifyAll()}, producers and consumers alike, so
 * that none of them misses the change it waits for.
 *
 * <p>Invariant: {@code 0 <= count <= capacity}; the queue is {@code ring[head]},
 * {@code ring[head + 1]}... ({@code count} slots, indices modulo capacity).
 * Memory consistency effects: the monitor's unlock at the end of {@code enqueue(x)}
 * happens-before the lock of the {@code dequeue()} that takes {@code x}.
 */
public final class SynchronizedBoundedQueue implements BoundedQueue {
    /** The slots. Guarded by this. */
    private final int[] ring;
    /** Index of the oldest element. Guarded by this. */
    private int head;
    /** Number of elements. Guarded by this. */
    private int count;

    public SynchronizedBoundedQueue(int capacity) {
        ring = new int[capacity];
    }

    @Override
    public synchronized void enqueue(int element) throws InterruptedException {
        while (count == ring.length) {
            wait();
        }
        insert(element);
        notifyAll();
    }

    @Override
    public synchronized int dequeue() throws InterruptedException {
        while (count == 0) {
            wait();
        }
        int element = extract();
        notifyAll();
        return element;
    }

    @Override
    public synchronized int size() {
        return count;
    }

    /** Adds at the tail. Call only when holding the monitor, with a free slot. */
    private void insert(int element) {
        assert Thread.holdsLock(this) && count < ring.length;
        ring[(head + count) % ring.length] = element;
        count++;
    }

    /** Removes the head. Call only when holding the monitor, with an element. */
    private int extract() {
        assert Thread.holdsLock(this) && count > 0;
        int element = ring[head];
        head = (head + 1) % ring.length;
        count--;
        return element;
    }
}
