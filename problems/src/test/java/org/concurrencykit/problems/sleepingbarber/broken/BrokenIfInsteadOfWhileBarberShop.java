package org.concurrencykit.problems.sleepingbarber.broken;

import org.concurrencykit.problems.sleepingbarber.BarberShop;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The monitor solution with the barber's sleep in an {@code if}: every {@code notifyAll} on
 * the shop wakes him, including the one a served customer sends on his way out, and he
 * then calls and cuts whether or not anyone sat down. With nobody waiting he cuts thin air.
 */
@Broken(verdict = Verdict.WRONG_ANSWER,
        why = "if instead of while: a barber woken by a leaving customer cuts with nobody in the chair")
public final class BrokenIfInsteadOfWhileBarberShop implements BarberShop {
    private final int chairs;
    private final int customers;
    /** Guarded by this. */
    private int sat;
    private int called;
    private int taken;
    private int cut;
    private int haircuts;
    private int gone;

    public BrokenIfInsteadOfWhileBarberShop(int chairs, int customers) {
        this.chairs = chairs;
        this.customers = customers;
    }

    @Override
    public boolean enter(Runnable sitDown, Runnable getHaircut) throws InterruptedException {
        int session;
        synchronized (this) {
            if (sat - called >= chairs) {
                leave();
                return false;
            }
            sat++;
            sitDown.run();
            notifyAll();
            while (taken >= called) {
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
                if (sat == called && gone < customers) {
                    wait();
                }
                if (gone == customers) {
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
