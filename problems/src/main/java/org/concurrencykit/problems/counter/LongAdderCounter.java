package org.concurrencykit.problems.counter;

import java.util.concurrent.atomic.LongAdder;

/**
 * Race-free counter on a {@link LongAdder}: each increment is an atomic add to one of
 * several cells, chosen per thread when threads collide, so that threads adding at once
 * rarely contend for one value; {@code get()} sums the cells. Faster than one atomic under
 * heavy contention; the price is a {@code get()} that is not a snapshot while increments run.
 *
 * <p>Invariant: the sum of the cells is the number of increments that have returned.
 * Memory consistency effects: each cell's add is a volatile compare-and-set, which
 * happens-before the volatile read of that cell in a later {@code sum()}.
 */
public final class LongAdderCounter implements Counter {
    /** The count, spread over cells. */
    private final LongAdder count = new LongAdder();

    @Override
    public void increment() {
        count.increment();
    }

    @Override
    public int get() {
        return count.intValue();
    }
}
