package org.concurrencykit.problems.counter;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Race-free counter on an {@link AtomicInteger}: {@code incrementAndGet()} is one atomic
 * read-modify-write (a compare-and-set retried until no other thread changed the value in
 * between, or the CPU's atomic add), so no lock is needed and no increment is lost.
 *
 * <p>Invariant: {@code count} holds the number of increments that have returned.
 * Memory consistency effects: an {@code incrementAndGet()} happens-before every later read
 * of {@code count} (its write is volatile).
 */
public final class AtomicIntegerCounter implements Counter {
    /** The count. */
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public void increment() {
        count.incrementAndGet();
    }

    @Override
    public int get() {
        return count.get();
    }
}
