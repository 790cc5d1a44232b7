package org.concurrencykit.problems.boundedqueue.broken;

import java.util.ArrayDeque;
import org.concurrencykit.problems.boundedqueue.BoundedQueue;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Shortens the consumer's critical section: it waits for "not empty" inside the monitor,
 * then leaves it and polls the {@link ArrayDeque}, which is not thread-safe, without it.
 * One element wakes two waiting consumers; both see the deque non-empty before either has
 * polled, the slower one polls an empty deque, gets {@code null}, and unboxing it throws.
 */
@Broken(verdict = Verdict.RUNTIME_ERROR,
        why = "check-then-act on an unsynchronized ArrayDeque: the element is polled after the lock is released")
public final class BrokenUnsynchronizedPollBoundedQueue implements BoundedQueue {
    private final int capacity;
    /** Pre-sized so that it never grows. Guarded by this, except where the mistake is. */
    private final ArrayDeque<Integer> deque;

    public BrokenUnsynchronizedPollBoundedQueue(int capacity) {
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
        int element = deque.pollFirst();
        synchronized (this) {
            notifyAll();
        }
        return element;
    }

    @Override
    public synchronized int size() {
        return deque.size();
    }
}
