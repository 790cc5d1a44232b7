package org.concurrencykit.problems.boundedqueue.broken;

import org.concurrencykit.problems.boundedqueue.BoundedQueue;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Producers and consumers wait on the same monitor, and each change wakes just one of them
 * with {@code notify()}. A consumer's notify can wake another consumer instead of a waiting
 * producer; that consumer finds the queue still empty and waits again, and the wake-up the
 * producer needed is lost: soon every thread waits and none is left to wake the others.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED,
        why = "notify() with producers and consumers in one wait set wakes the wrong kind of thread")
public final class BrokenNotifyInsteadOfNotifyAllBoundedQueue implements BoundedQueue {
    private final int[] ring;
    private int head;
    private int count;

    public BrokenNotifyInsteadOfNotifyAllBoundedQueue(int capacity) {
        ring = new int[capacity];
    }

    @Override
    public synchronized void enqueue(int element) throws InterruptedException {
        while (count == ring.length) {
            wait();
        }
        ring[(head + count) % ring.length] = element;
        count++;
        notify();
    }

    @Override
    public synchronized int dequeue() throws InterruptedException {
        while (count == 0) {
            wait();
        }
        int element = ring[head];
        head = (head + 1) % ring.length;
        count--;
        notify();
        return element;
    }

    @Override
    public synchronized int size() {
        return count;
    }
}
