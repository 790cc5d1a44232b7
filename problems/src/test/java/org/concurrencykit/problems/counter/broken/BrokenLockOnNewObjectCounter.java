package org.concurrencykit.problems.counter.broken;

import org.concurrencykit.problems.counter.Counter;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Synchronizes on a new object at every call: each thread takes a monitor nobody else can
 * ever hold, so nothing is excluded and {@code count++} races as if there were no lock.
 * Mutual exclusion needs every thread to lock the same object.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "synchronized (new Object()) locks a monitor no other thread shares: it excludes nothing")
public final class BrokenLockOnNewObjectCounter implements Counter {
    private int count;

    @Override
    public void increment() {
        synchronized (new Object()) {
            count++;
        }
    }

    @Override
    public int get() {
        synchronized (new Object()) {
            return count;
        }
    }
}
