package org.concurrencykit.problems.latch.broken;

import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.latch.OneShotLatch;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Lets the count go below zero and waits while it is not zero: one count-down too many
 * closes the latch again, and a waiter that comes after it waits forever.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "the count goes below zero, so an extra countDown() closes the latch again")
public final class BrokenCountsBelowZeroLatch implements OneShotLatch {
    private int count;

    public BrokenCountsBelowZeroLatch(int count) {
        this.count = count;
    }

    @Override
    public synchronized void countDown() {
        if (--count == 0) {
            notifyAll();
        }
    }

    @Override
    public synchronized void await() throws InterruptedException {
        while (count != 0) {
            wait();
        }
    }

    @Override
    public synchronized boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (count != 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
