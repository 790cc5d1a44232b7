package org.concurrencykit.problems.producerconsumer.broken;

import org.concurrencykit.problems.producerconsumer.BoundedBuffer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Treats "closed" as "stop": once the buffer is closed, {@code take()} returns -1 even while
 * items are still in it. The consumers go home and the items the producers put last are
 * never consumed.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "take() returns -1 as soon as the buffer is closed, "
        + "losing the items still in it")
public final class BrokenCloseDropsItemsBoundedBuffer implements BoundedBuffer {
    private final int[] ring;
    private int head;
    private int count;
    private boolean closed;

    public BrokenCloseDropsItemsBoundedBuffer(int capacity) {
        ring = new int[capacity];
    }

    @Override
    public synchronized void put(int item) throws InterruptedException {
        while (count == ring.length) {
            wait();
        }
        ring[(head + count) % ring.length] = item;
        count++;
        notifyAll();
    }

    @Override
    public synchronized int take() throws InterruptedException {
        while (count == 0 && !closed) {
            wait();
        }
        if (closed) {
            return CLOSED;
        }
        int item = ring[head];
        head = (head + 1) % ring.length;
        count--;
        notifyAll();
        return item;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
