package org.concurrencykit.problems.latch.broken;

import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.latch.OneShotLatch;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Waits once for the whole timeout instead of until the deadline: a count-down that wakes
 * the waiter without opening the latch ends its wait early, and it reports a timeout that
 * never happened.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "a timed wait woken early gives up instead of waiting out its deadline")
public final class BrokenGivesUpEarlyLatch implements OneShotLatch {
    private int count;

    public BrokenGivesUpEarlyLatch(int count) {
        this.count = count;
    }

    @Override
    public synchronized void countDown() {
        if (count > 0) {
            count--;
            notifyAll();
        }
    }

    @Override
    public synchronized void await() throws InterruptedException {
        while (count > 0) {
            wait();
        }
    }

    @Override
    public synchronized boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        if (count > 0) {
            TimeUnit.NANOSECONDS.timedWait(this, unit.toNanos(timeout));
        }
        return count == 0;
    }
}
