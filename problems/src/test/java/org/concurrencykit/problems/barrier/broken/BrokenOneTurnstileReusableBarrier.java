package org.concurrencykit.problems.barrier.broken;

import java.util.concurrent.Semaphore;
import org.concurrencykit.problems.barrier.ReusableBarrier;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The semaphore barrier with its second turnstile left out: the last party in resets the
 * count and opens the one turnstile with a permit per party, and everyone goes on as soon as
 * it has a permit. The last party takes its own permit at once, hurries through its next
 * phase and comes back to the turnstile while a slow party has not yet taken its permit: the
 * fast one takes it, laps the slow one, and the slow one waits a whole phase for the next
 * opening.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "one turnstile reused without a second: a fast thread takes a slow one's permit and laps it")
public final class BrokenOneTurnstileReusableBarrier implements ReusableBarrier {
    private final int parties;
    private final Semaphore mutex = new Semaphore(1);
    private final Semaphore turnstile = new Semaphore(0);
    /** Guarded by mutex. */
    private int count;

    public BrokenOneTurnstileReusableBarrier(int parties) {
        this.parties = parties;
    }

    @Override
    public void await() throws InterruptedException {
        mutex.acquire();
        count++;
        if (count == parties) {
            count = 0;
            turnstile.release(parties);
        }
        mutex.release();
        turnstile.acquire();
    }
}
