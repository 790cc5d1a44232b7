package org.concurrencykit.problems.sleepingbarber.broken;

import org.concurrencykit.problems.sleepingbarber.BarberShop;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The monitor solution with the "is there a free chair?" look taken outside the monitor, to
 * turn customers away faster. The look and the sitting down are then two steps: two
 * customers can both see the last free chair and both sit on it.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "check-then-act: customers test for a free chair without the lock, so more sit than there are chairs")
public final class BrokenUnlockedChairCheckBarberShop implements BarberShop {
    private final int chairs;
    private final int customers;
    /** Written under this; read without it to look for a free chair. */
    private volatile int sat;
    private volatile int called;
    /** Guarded by this. */
    private int taken;
    private int cut;
    private int haircuts;
    private int gone;

    public BrokenUnlockedChairCheckBarberShop(int chairs, int customers) {
        this.chairs = chairs;
        this.customers = customers;
    }

    @Override
    public boolean enter(Runnable sitDown, Runnable getHaircut) throws InterruptedException {
        if (sat - called == chairs) {
            synchronized (this) {
                leave();
            }
            return false;
        }
        int session;
        synchronized (this) {
            sitDown.run();
            sat++;
            notifyAll();
            while (taken == called) {
                wait();
            }
            session = ++taken;
        }
        getHaircut.run();
        synchronized (this) {
            haircuts = session;
            notifyAll();
            while (cut < session) {
                wait();
            }
            leave();
        }
        return true;
    }

    @Override
    public void barber(Runnable cutHair) throws InterruptedException {
        while (true) {
            int session;
            synchronized (this) {
                while (sat == called && gone < customers) {
                    wait();
                }
                if (sat == called) {
                    return;
                }
                session = ++called;
                notifyAll();
            }
            cutHair.run();
            synchronized (this) {
                cut = session;
                notifyAll();
                while (haircuts < session) {
                    wait();
                }
            }
        }
    }

    private void leave() {
        gone++;
        notifyAll();
    }
}
