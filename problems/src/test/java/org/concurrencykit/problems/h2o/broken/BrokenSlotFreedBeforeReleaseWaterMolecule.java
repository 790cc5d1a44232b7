package org.concurrencykit.problems.h2o.broken;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import org.concurrencykit.problems.h2o.WaterMolecule;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The well-known semaphores-plus-barrier scheme with one line in the wrong place: each atom
 * gives its place back as soon as the three have met at the barrier, before its own
 * release. The next molecule can then meet and release while an atom of this one is still
 * on its way: "HH" of this molecule, then an "H" of the next before this molecule's "O".
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "frees its place for the next molecule before its own release has run")
public final class BrokenSlotFreedBeforeReleaseWaterMolecule implements WaterMolecule {
    private final Semaphore hydrogenSlots = new Semaphore(2);
    private final Semaphore oxygenSlots = new Semaphore(1);
    /** The three atoms of a molecule meet here. */
    private final CyclicBarrier bond = new CyclicBarrier(3);

    @Override
    public void hydrogen(Runnable releaseHydrogen) throws InterruptedException {
        hydrogenSlots.acquire();
        await(bond);
        hydrogenSlots.release();
        releaseHydrogen.run();
    }

    @Override
    public void oxygen(Runnable releaseOxygen) throws InterruptedException {
        oxygenSlots.acquire();
        await(bond);
        oxygenSlots.release();
        releaseOxygen.run();
    }

    private static void await(CyclicBarrier barrier) throws InterruptedException {
        try {
            barrier.await();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("another atom left the barrier", e);
        }
    }
}
