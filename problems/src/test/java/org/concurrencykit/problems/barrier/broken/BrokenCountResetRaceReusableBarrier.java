package org.concurrencykit.problems.barrier.broken;

import org.concurrencykit.problems.barrier.ReusableBarrier;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * A barrier without a generation: the last party resets the count to 0 and wakes everyone,
 * and a waiter leaves once it sees the count back at 0. But the last party goes straight on
 * to its next phase and arrives again, making the count 1, before a woken waiter has got the
 * monitor back; that waiter sees 1, waits again for a 0 that needs its own arrival, and
 * every thread ends up waiting.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED,
        why = "waiters test the count, which a fast thread's next arrival has already changed: all wait forever")
public final class BrokenCountResetRaceReusableBarrier implements ReusableBarrier {
    private final int parties;
    /** Guarded by this. */
    private int count;

    public BrokenCountResetRaceReusableBarrier(int parties) {
        this.parties = parties;
    }

    @Override
    public synchronized void await() throws InterruptedException {
        count++;
        if (count == parties) {
            count = 0;
            notifyAll();
            return;
        }
        while (count != 0) {
            wait();
        }
    }
}
