package org.concurrencykit.problems.event.broken;

import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.event.ManualResetEvent;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The obvious monitor event: waiters loop while the flag is clear. A waiter woken by a
 * {@code set()} runs only after the setter has released the monitor; if a {@code clear()}
 * gets the monitor first, the waiter finds the flag clear again and goes back to sleep: the
 * set that should have released it is lost, and a timed waiter reports a timeout.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "a waiter re-checks only the flag, so a clear() right after set() puts it back to sleep")
public final class BrokenClearLostWakeUpEvent implements ManualResetEvent {
    private boolean set;

    @Override
    public synchronized void set() {
        set = true;
        notifyAll();
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
        while (!set) {
            wait();
        }
    }

    @Override
    public synchronized boolean await(long timeoutMillis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        while (!set) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
