package org.concurrencykit.problems.barrier.broken;

import org.concurrencykit.problems.barrier.ReusableBarrier;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Keeps a generation count, but every arrival calls {@code notifyAll()} ("to be safe") and a
 * waiter checks its generation with {@code if}, not {@code while}: woken by an arrival that
 * did not complete the meeting, it leaves the barrier before everyone has arrived and starts
 * its next phase while a slower thread is still in the previous one.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "waits with if instead of while: woken by any arrival, a waiter leaves before everyone has come")
public final class BrokenIfInsteadOfWhileReusableBarrier implements ReusableBarrier {
    private final int parties;
    /** Guarded by this. */
    private int arrived;
    /** Guarded by this. */
    private long generation;

    public BrokenIfInsteadOfWhileReusableBarrier(int parties) {
        this.parties = parties;
    }

    @Override
    public synchronized void await() throws InterruptedException {
        long mine = generation;
        arrived++;
        if (arrived == parties) {
            arrived = 0;
            generation++;
        }
        notifyAll();
        if (generation == mine) {
            wait();
        }
    }
}
