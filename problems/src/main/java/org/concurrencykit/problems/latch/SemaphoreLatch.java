package org.concurrencykit.problems.latch;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The latch as a turnstile: a semaphore with no permits that the last count-down releases
 * once; every waiter takes the permit and at once gives it back, so the next one passes too
 * (a pattern from Downey's <i>Little Book of Semaphores</i>). The count is an atomic that
 * never goes below zero, so exactly one count-down sees it reach zero.
 *
 * <p>Invariant: the semaphore holds a permit (or a waiter is passing one on) exactly when the
 * count is 0.
 *
 * <p>Memory consistency effects: {@code release()} happens-before the {@code acquire()} that
 * takes the permit, and each waiter's {@code release()} the next waiter's {@code acquire()}.
 */
public final class SemaphoreLatch implements OneShotLatch {
    /** Count-downs still needed to open. */
    private final AtomicInteger count;
    /** One permit once the latch is open: the turnstile. */
    private final Semaphore turnstile = new Semaphore(0);

    public SemaphoreLatch(int count) {
        this.count = new AtomicInteger(count);
        if (count == 0) {
            turnstile.release();
        }
    }

    @Override
    public void countDown() {
        if (count.getAndUpdate(c -> c > 0 ? c - 1 : 0) == 1) {
            turnstile.release();
        }
    }

    @Override
    public void await() throws InterruptedException {
        turnstile.acquire();
        turnstile.release();
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        if (!turnstile.tryAcquire(timeout, unit)) {
            return false;
        }
        turnstile.release();
        return true;
    }
}
