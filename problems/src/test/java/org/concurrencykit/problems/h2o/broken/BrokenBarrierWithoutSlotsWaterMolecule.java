package org.concurrencykit.problems.h2o.broken;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import org.concurrencykit.problems.h2o.WaterMolecule;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Atoms meet three at a time at a barrier, but nothing says which three: when oxygens
 * arrive first, three of them make a "molecule".
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "a barrier of three without per-element places: any three atoms bond")
public final class BrokenBarrierWithoutSlotsWaterMolecule implements WaterMolecule {
    private final CyclicBarrier bond = new CyclicBarrier(3);

    @Override
    public void hydrogen(Runnable releaseHydrogen) throws InterruptedException {
        await(bond);
        releaseHydrogen.run();
    }

    @Override
    public void oxygen(Runnable releaseOxygen) throws InterruptedException {
        await(bond);
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
