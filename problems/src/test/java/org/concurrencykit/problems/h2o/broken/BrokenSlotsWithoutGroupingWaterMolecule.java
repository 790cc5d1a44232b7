package org.concurrencykit.problems.h2o.broken;

import java.util.concurrent.Semaphore;
import org.concurrencykit.problems.h2o.WaterMolecule;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * At most two hydrogens and one oxygen release at a time, but each gives its place back as
 * soon as it is done, whatever the rest of its molecule does: an oxygen can release twice
 * in a row while the hydrogens are still on their way.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "limits how many H and O release at once, but never groups them into molecules")
public final class BrokenSlotsWithoutGroupingWaterMolecule implements WaterMolecule {
    private final Semaphore hydrogenSlots = new Semaphore(2);
    private final Semaphore oxygenSlots = new Semaphore(1);

    @Override
    public void hydrogen(Runnable releaseHydrogen) throws InterruptedException {
        hydrogenSlots.acquire();
        try {
            releaseHydrogen.run();
        } finally {
            hydrogenSlots.release();
        }
    }

    @Override
    public void oxygen(Runnable releaseOxygen) throws InterruptedException {
        oxygenSlots.acquire();
        try {
            releaseOxygen.run();
        } finally {
            oxygenSlots.release();
        }
    }
}
