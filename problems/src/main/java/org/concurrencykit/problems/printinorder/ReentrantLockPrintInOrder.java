package org.concurrencykit.problems.printinorder;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Print in Order with a {@link ReentrantLock} and one {@link Condition}: the same stage
 * counter as the monitor version, with {@code await}/{@code signalAll}.
 *
 * <p>Invariant: {@code stage} is the number of callbacks that have run, plus one.
 * Memory consistency effects: {@code unlock()} after a callback happens-before the
 * {@code lock()} that lets the next step through.
 */
public final class ReentrantLockPrintInOrder implements PrintInOrder {
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled whenever {@code stage} advances. */
    private final Condition advanced = lock.newCondition();
    /** The step allowed to print next. Guarded by lock. */
    private int stage = 1;

    @Override
    public void first(Runnable printFirst) throws InterruptedException {
        step(1, printFirst);
    }

    @Override
    public void second(Runnable printSecond) throws InterruptedException {
        step(2, printSecond);
    }

    @Override
    public void third(Runnable printThird) throws InterruptedException {
        step(3, printThird);
    }

    private void step(int mine, Runnable print) throws InterruptedException {
        lock.lock();
        try {
            while (stage != mine) {
                advanced.await();
            }
            print.run();
            stage = mine + 1;
            advanced.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
