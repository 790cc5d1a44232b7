package org.concurrencykit.problems.diningsavages.broken;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.concurrencykit.problems.diningsavages.Pot;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The lock-and-conditions solution, but looking into the pot and taking a serving are two
 * critical sections: between them the lock is free, and other savages empty the pot. Three
 * savages woken by one refill of two servings all take one.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "checks for a serving under the lock, then takes it under the lock again: the pot may be empty by then")
public final class BrokenCheckThenActPot implements Pot {
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition potEmpty = lock.newCondition();
    private final Condition potFull = lock.newCondition();
    /** Guarded by lock. */
    private int servings;
    private boolean ordered;

    public BrokenCheckThenActPot(int servings) {
        this.capacity = servings;
    }

    @Override
    public void getServing(Runnable takeServing) throws InterruptedException {
        lock.lock();
        try {
            while (servings <= 0) {
                if (!ordered) {
                    ordered = true;
                    potEmpty.signal();
                }
                potFull.await();
            }
        } finally {
            lock.unlock();
        }
        lock.lock(); // the mistake: what was seen under the first lock may no longer hold
        try {
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
