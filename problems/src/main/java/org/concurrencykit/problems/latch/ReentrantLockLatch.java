package org.concurrencykit.problems.latch;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The latch as a lock and one condition, {@code opened}: waiters loop in {@code await} while
 * the count is above zero, and the count-down that reaches zero signals them all.
 *
 * <p>Invariant: {@code count >= 0}; the latch is open exactly when it is 0. The timed wait
 * uses {@code awaitNanos}, which returns what is left of the timeout, so a wake-up before
 * the deadline waits again for the rest.
 *
 * <p>Memory consistency effects: {@code unlock()} in {@code countDown()} happens-before the
 * {@code lock()} (or the return from {@code await}) of the waiter that then sees 0.
 */
public final class ReentrantLockLatch implements OneShotLatch {
    private final Lock lock = new ReentrantLock();
    /** Signalled, to all, when the count reaches 0. */
    private final Condition opened = lock.newCondition();
    /** Count-downs still needed to open; guarded by lock. */
    private int count;

    public ReentrantLockLatch(int count) {
        this.count = count;
    }

    @Override
    public void countDown() {
        lock.lock();
        try {
            if (count > 0 && --count == 0) {
                opened.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void await() throws InterruptedException {
        lock.lock();
        try {
            while (count > 0) {
                opened.await();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        long left = unit.toNanos(timeout);
        lock.lock();
        try {
            while (count > 0) {
                if (left <= 0) {
                    return false;
                }
                left = opened.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
