package org.concurrencykit.problems.producerconsumer;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Bounded buffer with shutdown on an {@link ArrayBlockingQueue} and a poison pill:
 * {@code put} and {@code take} are the queue's own blocking calls, and {@code close()} puts
 * the pill, a value no producer puts. The queue is first in, first out and no item is put
 * after the close, so the pill comes out after every item; the consumer that takes it puts it
 * back for the next consumer and returns -1. One pill thus stops any number of consumers.
 *
 * <p>Invariant: after {@code close()} the pill is in the queue, behind every item, or held
 * by one consumer between its take and its put back; before it, the queue holds only items,
 * at most {@code capacity}.
 * Memory consistency effects: as for any {@link BlockingQueue}, actions before
 * {@code queue.put(x)} happen-before actions after the {@code queue.take()} that gets
 * {@code x}, so the close happens-before every take that returns -1.
 */
public final class BlockingQueueBoundedBuffer implements BoundedBuffer {
    /** The poison pill: never an item, since items are non-negative. */
    private static final Integer PILL = CLOSED;
    /** The items, then the pill. */
    private final BlockingQueue<Integer> queue;

    public BlockingQueueBoundedBuffer(int capacity) {
        queue = new ArrayBlockingQueue<>(capacity);
    }

    @Override
    public void put(int item) throws InterruptedException {
        queue.put(item);
    }

    @Override
    public int take() throws InterruptedException {
        int item = queue.take();
        if (item == CLOSED) {
            queue.put(PILL); // for the next consumer: the slot it just freed is still free
        }
        return item;
    }

    /** Puts the pill; like {@code put}, it may wait while the buffer is full. */
    @Override
    public void close() throws InterruptedException {
        queue.put(PILL);
    }
}
