package org.concurrencykit.problems.counter;

/**
 * A count that many threads add to at once and that loses none of their additions (a
 * classic interview question, class {@code Counter}).
 *
 * <p>One instance, built with the count at 0, is shared by several threads; each calls
 * {@link #increment} many times and may call {@link #get} at any moment, concurrently with
 * the others' increments. Every {@code increment()} adds exactly one: when the increments
 * that were called have all returned, the count is their number, whatever the threads'
 * interleaving. Neither method waits for another thread except briefly, to take a lock.
 *
 * <p>Memory consistency effects: an {@code increment()} that happens-before a {@code get()}
 * is counted in the value that {@code get()} returns. In particular, once the threads that
 * increment have been joined (or have told the reader they are done through any
 * happens-before edge: a lock, a volatile, a latch), {@code get()} returns the exact total.
 */
public interface Counter {
    /** Adds one to the count, atomically with respect to every other call. */
    void increment();

    /**
     * The count: at least the number of increments that happen-before this call, at most
     * the number called before it returns.
     */
    int get();
}
