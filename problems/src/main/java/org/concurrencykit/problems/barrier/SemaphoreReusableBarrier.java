package org.concurrencykit.problems.barrier;

import java.util.concurrent.Semaphore;

/**
 * Reusable barrier on {@link Semaphore}s, with two turnstiles: threads count themselves in
 * under a mutex and wait at the first turnstile, which the last one in opens with one
 * permit per party; then they count themselves out and wait at the second turnstile, which
 * the last one out opens the same way. A thread that hurries on to its next phase finds the
 * first turnstile closed again, and the first turnstile's permits are all taken before the
 * second opens, so no thread can take another's permit and lap it.
 *
 * <p>Invariant: between two openings of one turnstile, every party takes exactly one of its
 * permits; {@code count} is the parties in (after the first half) or still in (after the
 * second).
 * Memory consistency effects: each {@code release()} of the mutex happens-before the next
 * {@code acquire()}; the last arrival's {@code release(parties)} of a turnstile
 * happens-before each party's {@code acquire()} that takes one of those permits.
 */
public final class SemaphoreReusableBarrier implements ReusableBarrier {
    /** How many threads meet. */
    private final int parties;
    /** Guards count. */
    private final Semaphore mutex = new Semaphore(1);
    /** Opened (one permit per party) when the last party has come in. */
    private final Semaphore turnstileIn = new Semaphore(0);
    /** Opened (one permit per party) when the last party has gone out of the first turnstile. */
    private final Semaphore turnstileOut = new Semaphore(0);
    /** Parties between the two turnstiles' openings. Guarded by mutex. */
    private int count;

    public SemaphoreReusableBarrier(int parties) {
        this.parties = parties;
    }

    @Override
    public void await() throws InterruptedException {
        mutex.acquire();
        count++;
        if (count == parties) {
            turnstileIn.release(parties);
        }
        mutex.release();
        turnstileIn.acquire();

        mutex.acquire();
        count--;
        if (count == 0) {
            turnstileOut.release(parties);
        }
        mutex.release();
        turnstileOut.acquire();
    }
}
