package org.concurrencykit.problems.h2o;

/**
 * Building H2O with one monitor: places in the molecule being built are counters guarded
 * by {@code this}, taken with {@code while (none free) wait()}; the molecule's oxygen
 * refills them with {@code notifyAll()} once both of its hydrogens have reported back.
 *
 * <p>Invariant: the places are refilled only after all three releases of the molecule
 * that took them have returned, so no atom of the next molecule is released before them.
 * Memory consistency effects: the monitor's unlock after a release happens-before the
 * lock that lets an atom of the next molecule take a place.
 */
public final class SynchronizedWaterMolecule implements WaterMolecule {
    /** Free hydrogen places in the molecule being built. Guarded by this. */
    private int hydrogenSlots = 2;
    /** Free oxygen places in the molecule being built. Guarded by this. */
    private int oxygenSlots = 1;
    /** Hydrogens of the molecule being built whose release has returned. Guarded by this. */
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
        notifyAll();
    }

    /** Called by the molecule's oxygen after its own release: waits for both hydrogens, then opens the next molecule. */
    private synchronized void completeMolecule() throws InterruptedException {
        while (hydrogensDone < 2) {
            wait();
        }
        hydrogensDone = 0;
        hydrogenSlots = 2;
        oxygenSlots = 1;
        notifyAll();
    }
}
