package org.concurrencykit.problems.boundedqueue.broken;

import org.concurrencykit.problems.boundedqueue.BoundedQueue;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Waits behind an {@code if}: a thread woken by {@code notifyAll()} goes ahead without
 * looking again. Two consumers waiting on an empty queue both wake for one element, and the
 * second takes a slot that holds nothing; two producers waiting on a full queue both wake for
 * one free slot, and the second overwrites an element.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "if instead of while: a woken thread does not re-check the queue")
public final class BrokenIfInsteadOfWhileBoundedQueue implements BoundedQueue {
    private final int[] ring;
    private int head;
    private int tail;
    private int count;

    public BrokenIfInsteadOfWhileBoundedQueue(int capacity) {
        ring = new int[capacity];
    }

    @Override
    public synchronized void enqueue(int element) throws InterruptedException {
        if (count == ring.length) {
            wait();
        }
        ring[tail] = element;
        tail = (tail + 1) % ring.length;
        count++;
        notifyAll();
    }

    @Override
    public synchronized int dequeue() throws InterruptedException {
        if (count == 0) {
            wait();
        }
        int element = ring[head];
        head = (head + 1) % ring.length;
        count--;
        notifyAll();
        return element;
    }

    @Override
    public synchronized int size() {
        return count;
    }
}
