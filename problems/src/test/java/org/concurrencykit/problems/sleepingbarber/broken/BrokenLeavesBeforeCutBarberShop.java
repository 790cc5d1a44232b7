package org.concurrencykit.problems.sleepingbarber.broken;

import java.util.concurrent.Semaphore;
import org.concurrencykit.problems.sleepingbarber.BarberShop;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The textbook semaphores with half the rendezvous: the customer tells the barber his
 * haircut is over but never waits for the barber's cut to be over, so he may walk out
 * before the barber has cut anything. No hang: the barber's unused {@code cutDone} permits
 * just pile up.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "no rendezvous: the customer leaves without waiting for the barber's cut to be over")
public final class BrokenLeavesBeforeCutBarberShop implements BarberShop {
    private final int chairs;
    private final int customers;
    private final Semaphore mutex = new Semaphore(1);
    private final Semaphore customerWaiting = new Semaphore(0);
    private final Semaphore barberCalls = new Semaphore(0);
    private final Semaphore cutDone = new Semaphore(0);
    private final Semaphore haircutDone = new Semaphore(0);
    /** Guarded by mutex. */
    private int waiting;
    /** Guarded by mutex. */
    private int gone;

    public BrokenLeavesBeforeCutBarberShop(int chairs, int customers) {
        this.chairs = chairs;
        this.customers = customers;
    }

    @Override
    public boolean enter(Runnable sitDown, Runnable getHaircut) throws InterruptedException {
        mutex.acquireUninterruptibly();
        if (waiting == chairs) {
            mutex.release();
            leave();
            return false;
        }
        waiting++;
        sitDown.run();
        mutex.release();
        customerWaiting.release();
        barberCalls.acquire();
        getHaircut.run();
        haircutDone.release();
        // missing: cutDone.acquire(), waiting for the barber's half of the haircut
        leave();
        return true;
    }

    @Override
    public void barber(Runnable cutHair) throws InterruptedException {
        while (true) {
            customerWaiting.acquire();
            mutex.acquireUninterruptibly();
            boolean someone = waiting > 0;
            if (someone) {
                waiting--;
            }
            mutex.release();
            if (!someone) {
                return;
            }
            barberCalls.release();
            cutHair.run();
            cutDone.release();
            haircutDone.acquire();
        }
    }

    private void leave() {
        mutex.acquireUninterruptibly();
        boolean last = ++gone == customers;
        mutex.release();
        if (last) {
            customerWaiting.release();
        }
    }
}
