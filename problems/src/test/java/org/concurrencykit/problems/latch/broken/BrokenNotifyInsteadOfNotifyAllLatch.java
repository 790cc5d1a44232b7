package org.concurrencykit.problems.latch.broken;

import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.latch.OneShotLatch;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/** Opens the latch with {@code notify()}: of two waiters, one is woken and the other sleeps forever. */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "notify() wakes one waiter; the others never wake")
public final class BrokenNotifyInsteadOfNotifyAllLatch implements OneShotLatch {
    private int count;

    public BrokenNotifyInsteadOfNotifyAllLatch(int count) {
        this.count = count;
    }

    @Override
    public synchronized void countDown() {
        if (count > 0 && --count == 0) {
            notify();
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
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (count > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
