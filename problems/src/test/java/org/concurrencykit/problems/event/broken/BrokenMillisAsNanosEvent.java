package org.concurrencykit.problems.event.broken;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.concurrencykit.problems.event.ManualResetEvent;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The lock-and-condition solution, but the timed wait hands its milliseconds to
 * {@code awaitNanos}: a 10 ms timeout becomes 10 ns, and the wait gives up at once.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "passes milliseconds to awaitNanos, so a timed await gives up almost at once")
public final class BrokenMillisAsNanosEvent implements ManualResetEvent {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition released = lock.newCondition();
    private boolean set;
    private long generation;

    @Override
    public void set() {
        lock.lock();
        try {
            if (!set) {
                set = true;
                generation++;
                released.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void clear() {
        lock.lock();
        try {
            set = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isSet() {
        lock.lock();
        try {
            return set;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void await() throws InterruptedException {
        lock.lock();
        try {
            long g = generation;
            while (!set && generation == g) {
                released.await();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean await(long timeoutMillis) throws InterruptedException {
        long left = timeoutMillis; // the mistake: milliseconds, where awaitNanos wants nanoseconds
        lock.lock();
        try {
            long g = generation;
            while (!set && generation == g) {
                if (left <= 0) {
                    return false;
                }
                left = released.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
