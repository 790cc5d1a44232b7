package org.concurrencykit.problems.diningsavages;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Dining Savages on a {@link ReentrantLock} with two {@link Condition}s: the cook sleeps on
 * {@code potEmpty}, the savages on {@code potFull}. Same state as {@link SynchronizedPot},
 * but the order wakes only the cook, and the refill only the savages.
 *
 * <p>Invariant: {@code 0 <= servings <= capacity}, and {@code ordered} implies
 * {@code servings == 0}: one order per empty pot, so one refill per empty pot.
 * Memory consistency effects: every field is guarded by {@code lock}; an {@code unlock()}
 * happens-before the next {@code lock()}, including the one inside a woken {@code await()}.
 */
public final class ReentrantLockPot implements Pot {
    /** Servings a refill puts in. */
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    /** A savage found the pot empty: the cook wakes. */
    private final Condition potEmpty = lock.newCondition();
    /** The cook refilled the pot: the savages wake. */
    private final Condition potFull = lock.newCondition();
    /** Servings in the pot. Guarded by lock. */
    private int servings;
    /** Whether a savage found the pot empty and the cook has not refilled it yet. Guarded by lock. */
    private boolean ordered;

    public ReentrantLockPot(int servings) {
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
