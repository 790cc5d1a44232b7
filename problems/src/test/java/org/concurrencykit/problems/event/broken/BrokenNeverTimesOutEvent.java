package org.concurrencykit.problems.event.broken;

import org.concurrencykit.problems.event.ManualResetEvent;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The generation solution, but the timed wait forgets its deadline: it waits, like the
 * untimed one, until a set, so a timed await on an event nobody sets never returns.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "the timed await ignores its timeout and waits for a set() that never comes")
public final class BrokenNeverTimesOutEvent implements ManualResetEvent {
    private boolean set;
    private long generation;

    @Override
    public synchronized void set() {
        if (!set) {
            set = true;
            generation++;
            notifyAll();
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
        while (!set && generation == g) {
            wait(); // the mistake: no deadline
        }
        return true;
    }
}
