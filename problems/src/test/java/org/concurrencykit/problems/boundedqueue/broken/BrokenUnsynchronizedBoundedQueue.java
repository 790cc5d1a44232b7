package org.concurrencykit.problems.boundedqueue.broken;

import java.util.ArrayDeque;
import java.util.concurrent.Semaphore;
import org.concurrencykit.problems.boundedqueue.BoundedQueue;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Counts slots and elements correctly with semaphores, so every call blocks when it should,
 * but shares a plain {@link ArrayDeque} between the threads without a lock. Two consumers can
 * read the same head; two producers can write the same tail slot.
 */
@Broken(verdict = Verdict.RUNTIME_ERROR, why = "an ArrayDeque shared between threads without synchronization")
public final class BrokenUnsynchronizedBoundedQueue implements BoundedQueue {
    private final Semaphore slots;
    private final Semaphore items = new Semaphore(0);
    private final ArrayDeque<Integer> deque = new ArrayDeque<>();

    public BrokenUnsynchronizedBoundedQueue(int capacity) {
        slots = new Semaphore(capacity);
    }

    @Override
    public void enqueue(int element) throws InterruptedException {
        slots.acquire();
        deque.addLast(element);
        items.release();
    }

    @Override
    public int dequeue() throws InterruptedException {
        items.acquire();
        int element = deque.pollFirst();
        slots.release();
        return element;
    }

    @Override
    public int size() {
        return deque.size();
    }
}
