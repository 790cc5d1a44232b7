package org.concurrencykit.problems.h2o;

import java.util.concurrent.Semaphore;

/**
 * Building H2O with three {@link Semaphore}s: permits are the places in the molecule being
 * built (two hydrogen, one oxygen), and a third semaphore counts the hydrogens whose release
 * has returned; the molecule's oxygen collects two of those before handing out the next
 * molecule's places.
 *
 * <p>Invariant: the places are refilled only after all three releases of the molecule
 * that took them have returned, so no atom of the next molecule is released before them.
 * Memory consistency effects: {@code release()} happens-before the {@code acquire()} it
 * satisfies.
 */
public final class SemaphoreWaterMolecule implements WaterMolecule {
    /** Free hydrogen places in the molecule being built. */
    private final Semaphore hydrogenSlots = new Semaphore(2);
    /** Free oxygen places in the molecule being built. */
    private final Semaphore oxygenSlots = new Semaphore(1);
    /** Hydrogens of the molecule being built whose release has returned. */
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
        releaseOxygen.run();
        hydrogensDone.acquire(2);
        hydrogenSlots.release(2);
        oxygenSlots.release();
    }
}
