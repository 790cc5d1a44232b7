package org.concurrencykit.problems.diningsavages.broken;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.concurrencykit.problems.diningsavages.Pot;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The lock-and-conditions solution with the cook going to sleep before looking for an order.
 * A condition is not a semaphore: a signal sent while nobody awaits is lost. A savage who
 * finds the pot empty before the cook sleeps signals nobody; the cook then sleeps though an
 * order is out, and the savages wait for a refill that never comes.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED,
        why = "lost wake-up: the cook awaits a signal before checking whether a savage already called him")
public final class BrokenLostWakeUpPot implements Pot {
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition potEmpty = lock.newCondition();
    private final Condition potFull = lock.newCondition();
    /** Guarded by lock. */
    private int servings;
    private boolean ordered;

    public BrokenLostWakeUpPot(int servings) {
        this.capacity = servings;
    }

    @Override
    public void getServing(Runnable takeServing) throws InterruptedException {
        lock.lock();
        try {
            while (servings == 0) {
                if (!ordered) {
                    ordered = true;
                    potEmpty.signal();
                }
                potFull.await();
            }
            takeServing.run();
            servings--;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void cook(Runnable putServings) throws InterruptedException {
        lock.lock();
        try {
            potEmpty.await(); // the mistake: sleeps first, looks later
            while (!ordered) {
                potEmpty.await();
            }
            putServings.run();
            servings = capacity;
            ordered = false;
            potFull.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
