package org.concurrencykit.problems.boundedqueue.broken;

import java.util.ArrayDeque;
import org.concurrencykit.problems.boundedqueue.BoundedQueue;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Shortens the consumer's critical section the wrong way: it waits for "not empty" in one
 * synchronized block and polls in another. Between the two the monitor is free, so one
 * element can let two consumers past the check; the first polls it, the second polls an
 * empty deque, gets {@code null}, and unboxing it throws. Every access to the deque is
 * under the monitor, so this is the only way it fails.
 */
@Broken(verdict = Verdict.RUNTIME_ERROR,
        why = "check-then-act: the emptiness check and the poll are separate critical sections")
public final class BrokenCheckThenActBoundedQueue implements BoundedQueue {
    private final int capacity;
    /** Guarded by this. */
    private final ArrayDeque<Integer> deque;

    public BrokenCheckThenActBoundedQueue(int capacity) {
        this.capacity = capacity;
        deque = new ArrayDeque<>(capacity);
    }

    @Override
    public synchronized void enqueue(int element) throws InterruptedException {
        while (deque.size() == capacity) {
            wait();
        }
        deque.addLast(element);
        notifyAll();
    }

    @Override
    public int dequeue() throws InterruptedException {
        synchronized (this) {
            while (deque.isEmpty()) {
                wait();
            }
        }
        Integer element;
        synchronized (this) {
            element = deque.pollFirst();
            notifyAll();
        }
        return element;
    }

    @Override
    public synchronized int size() {
        return deque.size();
    }
}
