package org.concurrencykit.problems.producerconsumer.broken;

import org.concurrencykit.problems.producerconsumer.BoundedBuffer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Every change wakes just one waiter with {@code notify()}, the close included. When the
 * buffer closes with two consumers waiting, one wakes, returns -1 and wakes nobody; the other
 * waits for a wake-up that never comes. (Before that, a consumer's notify can wake another
 * consumer instead of the producer waiting for the slot: a lost wake-up of its own.)
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED,
        why = "notify() wakes one waiter: the close reaches one waiting consumer, the others sleep forever")
public final class BrokenNotifyInsteadOfNotifyAllBoundedBuffer implements BoundedBuffer {
    private final int[] ring;
    private int head;
    private int count;
    private boolean closed;

    public BrokenNotifyInsteadOfNotifyAllBoundedBuffer(int capacity) {
        ring = new int[capacity];
    }

    @Override
    public synchronized void put(int item) throws InterruptedException {
        while (count == ring.length) {
            wait();
        }
        ring[(head + count) % ring.length] = item;
        count++;
        notify();
    }

    @Override
    public synchronized int take() throws InterruptedException {
        while (count == 0 && !closed) {
            wait();
        }
        if (count == 0) {
            return CLOSED;
        }
        int item = ring[head];
        head = (head + 1) % ring.length;
        count--;
        notify();
        return item;
    }

    @Override
    public synchronized void close() {
        closed = true;
        notify();
    }
}
