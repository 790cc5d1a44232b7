package org.concurrencykit.problems.barrier.broken;

import org.concurrencykit.problems.barrier.ReusableBarrier;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The generation-count barrier opening one party too early: it counts the arrivals other
 * than the last one and opens when {@code parties - 1} have come, so the last thread of a
 * meeting is not waited for (with two threads nobody ever waits) and the others run ahead
 * into their next phase.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "opens at parties - 1 arrivals: the last thread is not waited for")
public final class BrokenOffByOneReusableBarrier implements ReusableBarrier {
    private final int parties;
    /** Guarded by this. */
    private int arrived;
    /** Guarded by this. */
    private long generation;

    public BrokenOffByOneReusableBarrier(int parties) {
        this.parties = parties;
    }

    @Override
    public synchronized void await() throws InterruptedException {
        long mine = generation;
        arrived++;
        if (arrived >= parties - 1) {
            arrived = 0;
            generation++;
            notifyAll();
            return;
        }
        while (generation == mine) {
            wait();
        }
    }
}
