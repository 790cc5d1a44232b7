package org.concurrencykit.problems.boundedqueue.broken;

import java.util.ArrayDeque;
import java.util.Deque;
import org.concurrencykit.problems.boundedqueue.BoundedQueue;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/** Consumers wait while the queue is empty, but producers never wait: the queue grows past its capacity. */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "enqueue never blocks: the capacity is ignored")
public final class BrokenIgnoresCapacityBoundedQueue implements BoundedQueue {
    private final Deque<Integer> items = new ArrayDeque<>();

    public BrokenIgnoresCapacityBoundedQueue(int capacity) {
        // the capacity is forgotten
    }

    @Override
    public synchronized void enqueue(int element) {
        items.addLast(element);
        notifyAll();
    }

    @Override
    public synchronized int dequeue() throws InterruptedException {
        while (items.isEmpty()) {
            wait();
        }
        return items.removeFirst();
    }

    @Override
    public synchronized int size() {
        return items.size();
    }
}
