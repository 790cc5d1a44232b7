package org.concurrencykit.problems.producerconsumer.broken;

import org.concurrencykit.problems.producerconsumer.BoundedBuffer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Waits behind an {@code if}: a thread woken by {@code notifyAll()} acts without looking at
 * the buffer again. Two consumers wait on an empty buffer, one item arrives and wakes both:
 * the first takes it, the second finds the buffer empty, takes that for "closed" and returns
 * -1 before the producers are done. Two producers woken by one free slot both put, and the
 * buffer holds one item more than it can.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "if instead of while: a woken thread does not re-check the buffer")
public final class BrokenIfInsteadOfWhileBoundedBuffer implements BoundedBuffer {
    private final int capacity;
    private final int[] ring;
    private int head;
    private int count;
    private boolean closed;

    public BrokenIfInsteadOfWhileBoundedBuffer(int capacity) {
        this.capacity = capacity;
        ring = new int[capacity + 8];
    }

    @Override
    public synchronized void put(int item) throws InterruptedException {
        if (count >= capacity) {
            wait();
        }
        ring[(head + count) % ring.length] = item;
        count++;
        notifyAll();
    }

    @Override
    public synchronized int take() throws InterruptedException {
        if (count == 0 && !closed) {
            wait();
        }
        if (count == 0) {
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
