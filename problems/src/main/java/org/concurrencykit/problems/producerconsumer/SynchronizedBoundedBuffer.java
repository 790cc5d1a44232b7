package org.concurrencykit.problems.producerconsumer;

/**
 * Bounded buffer with shutdown on one monitor: an array ring and a {@code closed} flag guarded
 * by {@code this}; a producer waits with {@code while (full) wait()}, a consumer with
 * {@code while (empty && !closed) wait()}, and every change (an item in, an item out, the
 * close) wakes all waiters with {@code notifyAll()}, so that none misses the change it waits
 * for and every consumer sees the close.
 *
 * <p>Invariant: {@code 0 <= count <= capacity}; the buffer is {@code ring[head]},
 * {@code ring[head + 1]}... ({@code count} slots, indices modulo capacity); once
 * {@code closed}, {@code count} only falls.
 * Memory consistency effects: the monitor's unlock at the end of {@code put(x)} (or of
 * {@code close()}) happens-before the lock of the {@code take()} that returns {@code x} (or -1).
 */
public final class SynchronizedBoundedBuffer implements BoundedBuffer {
    /** The slots. Guarded by this. */
    private final int[] ring;
    /** Index of the oldest item. Guarded by this. */
    private int head;
    /** Number of items. Guarded by this. */
    private int count;
    /** Whether close() was called. Guarded by this. */
    private boolean closed;

    public SynchronizedBoundedBuffer(int capacity) {
        ring = new int[capacity];
    }

    @Override
    public synchronized void put(int item) throws InterruptedException {
        if (closed) {
            throw new IllegalStateException("put(" + item + ") after close()");
        }
        while (count == ring.length) {
            wait();
        }
        insert(item);
        notifyAll();
    }

    @Override
    public synchronized int take() throws InterruptedException {
        while (count == 0 && !closed) {
            wait();
        }
        if (count == 0) {
            return CLOSED;
        }
        int item = extract();
        notifyAll();
        return item;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }

    /** Adds at the tail. Call only when holding the monitor, with a free slot. */
    private void insert(int item) {
        assert Thread.holdsLock(this) && count < ring.length;
        ring[(head + count) % ring.length] = item;
        count++;
    }

    /** Removes the head. Call only when holding the monitor, with an item. */
    private int extract() {
        assert Thread.holdsLock(this) && count > 0;
        int item = ring[head];
        head = (head + 1) % ring.length;
        count--;
        return item;
    }
}
