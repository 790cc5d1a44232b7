package org.concurrencykit.problems.h2o;

/**
 * A barrier that lets hydrogen and oxygen threads through in molecules of two H and one O
 * (LeetCode 1117, class {@code H2O()}).
 *
 * <p>One instance is shared by one thread per atom: each hydrogen thread calls
 * {@link #hydrogen} once and each oxygen thread calls {@link #oxygen} once, in any order,
 * twice as many hydrogen threads as oxygen threads. Each call runs its own callback exactly
 * once, on the calling thread, and blocks until the thread may bond: the releases form
 * consecutive groups of three, each group two H and one O, in any order within the group.
 *
 * <p>Memory consistency effects: every release of one molecule happens-before every
 * release of the next molecule. A thread blocked in either method throws
 * {@link InterruptedException} if it is interrupted.
 */
public interface WaterMolecule {
    /** Waits for a place in a molecule, then runs {@code releaseHydrogen} (outputs "H"). */
    void hydrogen(Runnable releaseHydrogen) throws InterruptedException;

    /** Waits for a place in a molecule, then runs {@code releaseOxygen} (outputs "O"). */
    void oxygen(Runnable releaseOxygen) throws InterruptedException;
}
