package org.concurrencykit.problems.event.broken;

import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.event.ManualResetEvent;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/** The generation solution, but set() wakes waiters with {@code notify()}: of two waiters, one sleeps forever. */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "notify() wakes one waiter; the others never wake")
public final class BrokenNotifyInsteadOfNotifyAllEvent implements ManualResetEvent {
    private boolean set;
    private long generation;

    @Override
    public synchronized void set() {
        if (!set) {
            set = true;
            generation++;
            notify();
        }
    }

    @Override
    public synchronized void clear() {
        set = false;
    }

    @Override
    public synchronized boolean isSet() {
        return set;
    }

    @Override
    public synchronized void await() throws InterruptedException {
        long g = generation;
        while (!set && generation == g) {
            wait();
        }
    }

    @Override
    public synchronized boolean await(long timeoutMillis) throws InterruptedException {
        long g = generation;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!set && generation == g) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
