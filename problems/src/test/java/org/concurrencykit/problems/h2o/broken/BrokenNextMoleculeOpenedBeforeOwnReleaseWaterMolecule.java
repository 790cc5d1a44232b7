package org.concurrencykit.problems.h2o.broken;

import java.util.concurrent.Semaphore;
import org.concurrencykit.problems.h2o.WaterMolecule;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * {@code SemaphoreWaterMolecule} with the oxygen's two halves swapped: it waits for its
 * hydrogens and opens the next molecule's places first, and releases itself last. While its
 * "O" is still on the way, the next molecule's hydrogens release: "HH" then "H".
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "opens the next molecule before this molecule's oxygen has released")
public final class BrokenNextMoleculeOpenedBeforeOwnReleaseWaterMolecule implements WaterMolecule {
    private final Semaphore hydrogenSlots = new Semaphore(2);
    private final Semaphore oxygenSlots = new Semaphore(1);
    private final Semaphore hydrogensDone = new Semaphore(0);

    @Override
    public void hydrogen(Runnable releaseHydrogen) throws InterruptedException {
        hydrogenSlots.acquire();
        releaseHydrogen.run();
        hydrogensDone.release();
    }

    @Override
    public void oxygen(Runnable releaseOxygen) throws InterruptedException {
        oxygenSlots.acquire();
        hydrogensDone.acquire(2);
        hydrogenSlots.release(2);
        oxygenSlots.release();
        releaseOxygen.run();
    }
}
