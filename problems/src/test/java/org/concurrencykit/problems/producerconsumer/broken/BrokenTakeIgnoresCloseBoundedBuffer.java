package org.concurrencykit.problems.producerconsumer.broken;

import org.concurrencykit.problems.producerconsumer.BoundedBuffer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * {@code close()} sets the flag and wakes everyone, but {@code take()} waits only for items
 * and never looks at the flag: once the last item is taken, every consumer waits on the empty
 * buffer forever and never gets its -1.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "take() waits while empty without checking closed: "
        + "consumers never end")
public final class BrokenTakeIgnoresCloseBoundedBuffer implements BoundedBuffer {
    private final int[] ring;
    private int head;
    private int count;
    private boolean closed;

    public BrokenTakeIgnoresCloseBoundedBuffer(int capacity) {
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
        while (count == 0) {
            wait();
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
