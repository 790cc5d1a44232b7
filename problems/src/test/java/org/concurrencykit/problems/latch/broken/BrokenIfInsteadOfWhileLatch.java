package org.concurrencykit.problems.latch.broken;

import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.latch.OneShotLatch;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Notifies the waiters at every count-down and lets them wait only once: a waiter woken by a
 * count-down that did not reach zero walks through a closed latch.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "waits with if instead of while, so any notifyAll releases it")
public final class BrokenIfInsteadOfWhileLatch implements OneShotLatch {
    private int count;

    public BrokenIfInsteadOfWhileLatch(int count) {
        this.count = count;
    }

    @Override
    public synchronized void countDown() {
        if (count > 0) {
            count--;
        }
        notifyAll();
    }

    @Override
    public synchronized void await() throws InterruptedException {
        if (count > 0) {
            wait();
        }
    }

    @Override
    public synchronized boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        if (count > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, unit.toNanos(timeout));
        }
        return true;
    }
}
