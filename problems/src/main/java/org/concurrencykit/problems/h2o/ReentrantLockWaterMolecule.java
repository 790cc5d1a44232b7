package org.concurrencykit.problems.h2o;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Building H2O with a {@link ReentrantLock} and two {@link Condition}s: the monitor
 * version's counters, with {@code slotsRefilled} for atoms waiting for a place and
 * {@code hydrogenReported} for the oxygen waiting for its hydrogens.
 *
 * <p>Invariant: the places are refilled only after all three releases of the molecule
 * that took them have returned, so no atom of the next molecule is released before them.
 * Memory consistency effects: {@code unlock()} after a release happens-before the
 * {@code lock()} that lets an atom of the next molecule take a place.
 */
public final class ReentrantLockWaterMolecule implements WaterMolecule {
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a new molecule's places are opened. */
    private final Condition slotsRefilled = lock.newCondition();
    /** Signalled when a hydrogen's release has returned; only the molecule's oxygen waits on it. */
    private final Condition hydrogenReported = lock.newCondition();
    /** Free hydrogen places in the molecule being built. Guarded by lock. */
    private int hydrogenSlots = 2;
    /** Free oxygen places in the molecule being built. Guarded by lock. */
    private int oxygenSlots = 1;
    /** Hydrogens of the molecule being built whose release has returned. Guarded by lock. */
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

    private void takeHydrogenSlot() throws InterruptedException {
        lock.lock();
        try {
            while (hydrogenSlots == 0) {
                slotsRefilled.await();
            }
            hydrogenSlots--;
        } finally {
            lock.unlock();
        }
    }

    private void takeOxygenSlot() throws InterruptedException {
        lock.lock();
        try {
            while (oxygenSlots == 0) {
                slotsRefilled.await();
            }
            oxygenSlots--;
        } finally {
            lock.unlock();
        }
    }

    private void hydrogenDone() {
        lock.lock();
        try {
            hydrogensDone++;
            hydrogenReported.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Called by the molecule's oxygen after its own release: waits for both hydrogens, then opens the next molecule. */
    private void completeMolecule() throws InterruptedException {
        lock.lock();
        try {
            while (hydrogensDone < 2) {
                hydrogenReported.await();
            }
            hydrogensDone = 0;
            hydrogenSlots = 2;
            oxygenSlots = 1;
            slotsRefilled.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
