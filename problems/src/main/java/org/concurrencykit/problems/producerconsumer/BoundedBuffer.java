package org.concurrencykit.problems.producerconsumer;

/**
 * A bounded buffer of ints shared by producers and consumers, which a producer closes when no
 * more items will come: {@link #put} waits while the buffer is full, {@link #take} waits while
 * it is empty and open, and once the buffer is closed and empty every {@code take()} returns
 * {@link #CLOSED} at once (class {@code Buffer(int capacity)}).
 *
 * <p>One instance, built with its capacity, is shared by producer threads, which call
 * {@link #put}, and consumer threads, which call {@link #take} in a loop until it returns
 * {@link #CLOSED}. Items are non-negative. {@link #close} is called once, by one thread, after
 * every {@code put} of every producer has returned; no {@code put} follows it. Each item put
 * is taken exactly once; the order in which items leave is not specified. A blocked call
 * waits without giving up, and throws {@link InterruptedException} if its thread is
 * interrupted while it waits.
 *
 * <p>Memory consistency effects: actions in a thread before {@code put(x)} happen-before
 * actions after the {@code take()} that returns {@code x}; {@code close()} happens-before every
 * {@code take()} that returns {@link #CLOSED}.
 */
public interface BoundedBuffer {
    /** What {@link #take} returns once the buffer is closed and every item has been taken. */
    int CLOSED = -1;

    /** Adds {@code item} (non-negative), first waiting while the buffer holds {@code capacity} items. */
    void put(int item) throws InterruptedException;

    /**
     * Removes and returns an item, first waiting while the buffer is empty and not closed;
     * returns {@link #CLOSED} when the buffer is closed and empty, and on every call after that.
     */
    int take() throws InterruptedException;

    /**
     * No more items will be put: wakes the consumers waiting in {@code take()}. Items still in
     * the buffer stay there to be taken. Returns without waiting for the consumers, except
     * that it may wait, like {@code put}, for a free slot while the buffer is full.
     */
    void close() throws InterruptedException;
}
