package org.concurrencykit.problems.event.broken;

import org.concurrencykit.problems.event.ManualResetEvent;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Notifies the waiters at every change of the flag and lets them wait only once: a timed
 * waiter woken by a {@code clear()} (or by a set that was cleared before it ran) returns what
 * the flag is now, {@code false}, long before its timeout.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "waits with if instead of while, so any notifyAll ends the wait early")
public final class BrokenIfInsteadOfWhileEvent implements ManualResetEvent {
    private boolean set;

    @Override
    public synchronized void set() {
        set = true;
        notifyAll();
    }

    @Override
    public synchronized void clear() {
        set = false;
        notifyAll();
    }

    @Override
    public synchronized boolean isSet() {
        return set;
    }

    @Override
    public synchronized void await() throws InterruptedException {
        if (!set) {
            wait();
        }
    }

    @Override
    public synchronized boolean await(long timeoutMillis) throws InterruptedException {
        if (!set) {
            wait(timeoutMillis);
        }
        return set;
    }
}
