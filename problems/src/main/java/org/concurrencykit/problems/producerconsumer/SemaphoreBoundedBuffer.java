package org.concurrencykit.problems.producerconsumer;

import java.util.concurrent.Semaphore;

/**
 * Bounded buffer with shutdown on three {@link Semaphore}s, the textbook producer-consumer:
 * {@code freeSlots} counts empty slots (a producer takes one before adding),
 * {@code readyItems} counts items (a consumer takes one before removing), and a binary
 * {@code ringMutex} keeps the ring's updates apart. {@code close()} adds one extra permit to
 * {@code readyItems} that stands for "closed": a consumer that gets a permit but finds the
 * ring empty has drawn that one, returns it for the next consumer and returns -1, so the
 * close wakes every consumer, one after another, and none before the items are gone.
 *
 * <p>Invariant: before the close, {@code readyItems + (takes between their acquire and their
 * extract) == count}; after it, one more. The buffer is {@code ring[head]},
 * {@code ring[head + 1]}... ({@code count} slots, indices modulo capacity).
 * Memory consistency effects: {@code readyItems.release()} after {@code put(x)} wrote
 * {@code x} (or in {@code close()}) happens-before the {@code acquire()} it satisfies in the
 * {@code take()} that returns {@code x} (or -1); {@code ringMutex} orders the ring's updates.
 */
public final class SemaphoreBoundedBuffer implements BoundedBuffer {
    /** Permits: empty slots. */
    private final Semaphore freeSlots;
    /** Permits: items ready to be taken, plus one once closed. */
    private final Semaphore readyItems = new Semaphore(0);
    /** One permit: held while the ring is read or changed. */
    private final Semaphore ringMutex = new Semaphore(1);
    /** The slots. Guarded by ringMutex. */
    private final int[] ring;
    /** Index of the oldest item. Guarded by ringMutex. */
    private int head;
    /** Number of items. Guarded by ringMutex. */
    private int count;

    public SemaphoreBoundedBuffer(int capacity) {
        ring = new int[capacity];
        freeSlots = new Semaphore(capacity);
    }

    @Override
    public void put(int item) throws InterruptedException {
        freeSlots.acquire();
        ringMutex.acquireUninterruptibly();
        try {
            insert(item);
        } finally {
            ringMutex.release();
        }
        readyItems.release();
    }

    @Override
    public int take() throws InterruptedException {
        readyItems.acquire();
        int item;
        ringMutex.acquireUninterruptibly();
        try {
            item = count == 0 ? CLOSED : extract();
        } finally {
            ringMutex.release();
        }
        if (item == CLOSED) {
            readyItems.release(); // the "closed" permit, passed on to the next consumer
        } else {
            freeSlots.release();
        }
        return item;
    }

    @Override
    public void close() {
        readyItems.release();
    }

    /** Adds at the tail. Call only when holding ringMutex, with a free slot. */
    private void insert(int item) {
        assert count < ring.length;
        ring[(head + count) % ring.length] = item;
        count++;
    }

    /** Removes the head. Call only when holding ringMutex, with an item. */
    private int extract() {
        assert count > 0;
        int item = ring[head];
        head = (head + 1) % ring.length;
        count--;
        return item;
    }
}
