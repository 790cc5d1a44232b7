package org.concurrencykit.problems.sleepingbarber;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sleeping Barber on a {@link ReentrantLock} with one {@link Condition} per thing worth
 * waiting for: the barber sleeps on {@code shopChanged}, customers wait on {@code chairFree}
 * to be called, and the two halves of a haircut wait on {@code cutDone} and
 * {@code haircutDone}. Same counters as {@link SynchronizedBarberShop}, but each signal
 * wakes only the threads that can use it.
 *
 * <p>Invariant: {@code sat - called} customers wait, never more than {@code chairs};
 * {@code called - taken} is 0 or 1.
 * Memory consistency effects: every counter is guarded by {@code lock}; an {@code unlock()}
 * happens-before the next {@code lock()}, including the one inside a woken {@code await()}.
 */
public final class ReentrantLockBarberShop implements BarberShop {
    private final int chairs;
    private final int customers;
    private final ReentrantLock lock = new ReentrantLock();
    /** A customer sat down or left: the barber looks again. */
    private final Condition shopChanged = lock.newCondition();
    /** The barber called someone to his chair. */
    private final Condition chairFree = lock.newCondition();
    /** The barber finished a cut. */
    private final Condition cutDone = lock.newCondition();
    /** A customer finished his haircut. */
    private final Condition haircutDone = lock.newCondition();
    /** Customers who sat down. Guarded by lock. */
    private int sat;
    /** Customers the barber called. Guarded by lock. */
    private int called;
    /** Calls answered. Guarded by lock. */
    private int taken;
    /** Cuts finished. Guarded by lock. */
    private int cut;
    /** Haircuts finished. Guarded by lock. */
    private int haircuts;
    /** Customers served or turned away. Guarded by lock. */
    private int gone;

    public ReentrantLockBarberShop(int chairs, int customers) {
        this.chairs = chairs;
        this.customers = customers;
    }

    @Override
    public boolean enter(Runnable sitDown, Runnable getHaircut) throws InterruptedException {
        int session;
        lock.lock();
        try {
            if (sat - called == chairs) {
                leave();
                return false;
            }
            sat++;
            sitDown.run();
            shopChanged.signal();
            while (taken == called) {
                chairFree.await();
            }
            session = ++taken;
        } finally {
            lock.unlock();
        }
        getHaircut.run();
        lock.lock();
        try {
            haircuts = session;
            haircutDone.signal();
            while (cut < session) {
                cutDone.await();
            }
            leave();
        } finally {
            lock.unlock();
        }
        return true;
    }

    @Override
    public void barber(Runnable cutHair) throws InterruptedException {
        for (int session = callNext(); session > 0; session = callNext()) {
            cutHair.run();
            lock.lock();
            try {
                cut = session;
                cutDone.signal();
                while (haircuts < session) {
                    haircutDone.await();
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** Sleeps until someone waits, calls him and returns the session's number; 0 when the day is over. */
    private int callNext() throws InterruptedException {
        lock.lock();
        try {
            while (sat == called && gone < customers) {
                shopChanged.await();
            }
            if (sat == called) {
                return 0;
            }
            chairFree.signal();
            return ++called;
        } finally {
            lock.unlock();
        }
    }

    /** A customer is done with the shop. Call only when holding lock. */
    private void leave() {
        assert lock.isHeldByCurrentThread();
        gone++;
        shopChanged.signal();
    }
}
