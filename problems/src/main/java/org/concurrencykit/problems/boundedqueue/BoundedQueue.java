package org.concurrencykit.problems.boundedqueue;

/**
 * A first-in-first-out queue of ints holding at most {@code capacity} elements, whose
 * {@link #enqueue} waits while the queue is full and whose {@link #dequeue} waits while it is
 * empty (LeetCode 1188, class {@code BoundedBlockingQueue(int capacity)}).
 *
 * <p>One instance, built with its capacity, is shared by producer threads, which call
 * {@link #enqueue}, and consumer threads, which call {@link #dequeue}; any of them may call
 * {@link #size} between its other calls. Elements leave in the order they entered: if
 * {@code enqueue(a)} returns before {@code enqueue(b)} is called, then {@code a} is dequeued
 * before {@code b}. A blocked call waits without giving up, and throws
 * {@link InterruptedException} if its thread is interrupted while it waits.
 *
 * <p>Memory consistency effects: actions in a thread before {@code enqueue(x)} happen-before
 * actions after the {@code dequeue()} that returns {@code x}; a {@code dequeue()} happens-before
 * the {@code enqueue} its freed slot lets return.
 *
 * <p>Solutions must not use the JDK's blocking queues ({@code ArrayBlockingQueue},
 * {@code LinkedBlockingQueue}...): building one is the point.
 */
public interface BoundedQueue {
    /** Adds {@code element} at the tail, first waiting while the queue holds {@code capacity} elements. */
    void enqueue(int element) throws InterruptedException;

    /** Removes and returns the element at the head, first waiting while the queue is empty. */
    int dequeue() throws InterruptedException;

    /** The number of elements in the queue at some moment during the call; never blocks for long. */
    int size();
}
