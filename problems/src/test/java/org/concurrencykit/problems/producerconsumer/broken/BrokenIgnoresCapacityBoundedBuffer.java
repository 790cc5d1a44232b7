package org.concurrencykit.problems.producerconsumer.broken;

import java.util.ArrayDeque;
import org.concurrencykit.problems.producerconsumer.BoundedBuffer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * An unbounded buffer: {@code put} never waits, so producers run ahead of the consumers and
 * the buffer holds more items than its capacity. Everything else (waiting while empty, the
 * close) is right.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "put never blocks: the capacity is ignored")
public final class BrokenIgnoresCapacityBoundedBuffer implements BoundedBuffer {
    private final ArrayDeque<Integer> items = new ArrayDeque<>();
    private boolean closed;

    public BrokenIgnoresCapacityBoundedBuffer(int capacity) {
    }

    @Override
    public synchronized void put(int item) {
        items.addLast(item);
        notifyAll();
    }

    @Override
    public synchronized int take() throws InterruptedException {
        while (items.isEmpty() && !closed) {
            wait();
        }
        return items.isEmpty() ? CLOSED : items.removeFirst();
    }

    @Override
    public synchronized void close() {
        closed = true;
        notifyAll();
    }
}
