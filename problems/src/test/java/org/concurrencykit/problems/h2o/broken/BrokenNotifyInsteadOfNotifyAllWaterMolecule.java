package org.concurrencykit.problems.h2o.broken;

import org.concurrencykit.problems.h2o.WaterMolecule;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The monitor solution with {@code notify()} instead of {@code notifyAll()}: hydrogens,
 * oxygens and the oxygen finishing a molecule all wait on one monitor for different
 * conditions, and a single wake-up can go to a thread whose condition is still false,
 * which waits again, and the thread that could go on is never woken.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "notify() wakes one waiter, maybe one that cannot go on: a lost wake-up")
public final class BrokenNotifyInsteadOfNotifyAllWaterMolecule implements WaterMolecule {
    private int hydrogenSlots = 2;
    private int oxygenSlots = 1;
    private int hydrogensDone;

    @Override
    public void hydrogen(Runnable releaseHydrogen) throws InterruptedException {
        takeHydrogenSlot();
        releaseHydrogen.run();
        hydrogenDone();
    }

    @Override
    public void oxygen(Runnable releaseOxygen) throws InterruptedException {
        takeOxygenSlot();
        releaseOxygen.run();
        completeMolecule();
    }

    private synchronized void takeHydrogenSlot() throws InterruptedException {
        while (hydrogenSlots == 0) {
            wait();
        }
        hydrogenSlots--;
    }

    private synchronized void takeOxygenSlot() throws InterruptedException {
        while (oxygenSlots == 0) {
            wait();
        }
        oxygenSlots--;
    }

    private synchronized void hydrogenDone() {
        hydrogensDone++;
        notify();
    }

    private synchronized void completeMolecule() throws InterruptedException {
        while (hydrogensDone < 2) {
            wait();
        }
        hydrogensDone = 0;
        hydrogenSlots = 2;
        oxygenSlots = 1;
        notify();
    }
}
