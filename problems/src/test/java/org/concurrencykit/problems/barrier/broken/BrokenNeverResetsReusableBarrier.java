package org.concurrencykit.problems.barrier.broken;

import java.util.concurrent.Semaphore;
import org.concurrencykit.problems.barrier.ReusableBarrier;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * A one-shot barrier used as if it were reusable: the arrival that makes the count reach
 * {@code parties} opens the turnstile for everyone, but the count is never reset, so in the
 * second phase it goes past {@code parties} without ever equalling it and nobody opens the
 * turnstile again. Every thread waits at the end of phase 2.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED,
        why = "never resets its count, so it opens once: every thread waits forever after phase 2")
public final class BrokenNeverResetsReusableBarrier implements ReusableBarrier {
    private final int parties;
    private final Semaphore turnstile = new Semaphore(0);
    /** Guarded by this. */
    private int count;

    public BrokenNeverResetsReusableBarrier(int parties) {
        this.parties = parties;
    }

    @Override
    public void await() throws InterruptedException {
        synchronized (this) {
            count++;
            if (count == parties) {
                turnstile.release(parties);
            }
        }
        turnstile.acquire();
    }
}
