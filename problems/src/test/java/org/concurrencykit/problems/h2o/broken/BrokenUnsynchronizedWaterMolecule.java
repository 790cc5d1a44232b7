package org.concurrencykit.problems.h2o.broken;

import org.concurrencykit.problems.h2o.WaterMolecule;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/** Every atom is released the moment its thread arrives: the groups are whatever the start order was. */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "no synchronization at all")
public final class BrokenUnsynchronizedWaterMolecule implements WaterMolecule {
    @Override
    public void hydrogen(Runnable releaseHydrogen) {
        releaseHydrogen.run();
    }

    @Override
    public void oxygen(Runnable releaseOxygen) {
        releaseOxygen.run();
    }
}
