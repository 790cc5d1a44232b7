package org.concurrencykit.problems.sleepingbarber.broken;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.concurrencykit.problems.sleepingbarber.BarberShop;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The lock-and-conditions solution with the barber going to sleep before looking at the
 * waiting room. A condition is not a semaphore: a signal sent while nobody awaits is lost.
 * A customer who sits down while the barber is cutting signals nobody; the barber then
 * sleeps though someone waits, and the customer waits for a barber who sleeps.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED,
        why = "lost wake-up: the barber awaits a signal before checking whether a customer already waits")
public final class BrokenLostWakeUpBarberShop implements BarberShop {
    private final int chairs;
    private final int customers;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition shopChanged = lock.newCondition();
    private final Condition chairFree = lock.newCondition();
    private final Condition cutDone = lock.newCondition();
    private final Condition haircutDone = lock.newCondition();
    /** Guarded by lock. */
    private int sat;
    private int called;
    private int taken;
    private int cut;
    private int haircuts;
    private int gone;

    public BrokenLostWakeUpBarberShop(int chairs, int customers) {
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

    private int callNext() throws InterruptedException {
        lock.lock();
        try {
            if (gone == customers) {
                return 0;
            }
            shopChanged.await(); // the mistake: sleeps first, looks later
            while (sat == called) {
                if (gone == customers) {
                    return 0;
                }
                shopChanged.await();
            }
            chairFree.signal();
            return ++called;
        } finally {
            lock.unlock();
        }
    }

    private void leave() {
        gone++;
        shopChanged.signal();
    }
}
