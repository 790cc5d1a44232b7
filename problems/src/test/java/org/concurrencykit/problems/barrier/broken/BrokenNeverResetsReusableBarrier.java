package org.concurrencykit.problems.barrier.broken;

import org.concurrencykit.problems.barrier.ReusableBarrier;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The generation-count barrier without the reset of its count: the first meeting opens when
 * the count reaches {@code parties}, but in the second the count goes past {@code parties}
 * without ever equalling it, so the barrier never opens again and every thread waits at the
 * end of phase 2.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED,
        why = "never resets its count, so it opens once: every thread waits forever after phase 2")
public final class BrokenNeverResetsReusableBarrier implements ReusableBarrier {
    private final int parties;
    /** Arrivals ever. Guarded by this. */
    private int arrived;
    /** Guarded by this. */
    private long generation;

    public BrokenNeverResetsReusableBarrier(int parties) {
        this.parties = parties;
    }

    @Override
    public synchronized void await() throws InterruptedException {
        long mine = generation;
        arrived++;
        if (arrived == parties) {
            generation++;
            notifyAll();
            return;
        }
        while (generation == mine) {
            wait();
        }
    }
}
