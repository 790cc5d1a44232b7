package org.concurrencykit.problems.latch;

import java.util.concurrent.TimeUnit;

/**
 * The latch on the object's monitor: waiters loop in {@code wait()} while the count is above
 * zero, and the count-down that reaches zero wakes them all with {@code notifyAll()}.
 *
 * <p>Invariant: {@code count >= 0}; the latch is open exactly when it is 0. A timed wait keeps
 * its deadline and waits again for what is left of it after every wake-up, spurious or not.
 *
 * <p>Memory consistency effects: the monitor's unlock by {@code countDown()} happens-before
 * its lock by the waiter that then sees the count at zero.
 */
public final class SynchronizedLatch implements OneShotLatch {
    /** Count-downs still needed to open; guarded by this. */
    private int count;

    public SynchronizedLatch(int count) {
        this.count = count;
    }

    @Override
    public synchronized void countDown() {
        if (count > 0 && --count == 0) {
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
