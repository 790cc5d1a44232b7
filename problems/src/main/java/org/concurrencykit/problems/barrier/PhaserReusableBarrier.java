package org.concurrencykit.problems.barrier;

import java.util.concurrent.Phaser;

/**
 * Reusable barrier on the JDK's {@link Phaser} with {@code parties} registered: each call
 * arrives and waits, interruptibly, for the phase it arrived in to advance. The phase
 * number is the generation count the hand-written solutions keep.
 *
 * <p>Invariant: the Phaser's own; with all parties registered and none deregistering, phase
 * k advances exactly when every party has arrived k+1 times.
 * Memory consistency effects: actions prior to {@code arrive()} happen-before actions after
 * the corresponding phase advance is observed by {@code awaitAdvanceInterruptibly}
 * (Phaser's javadoc).
 */
public final class PhaserReusableBarrier implements ReusableBarrier {
    /** One party per thread; never terminated, never deregistered. */
    private final Phaser phaser;

    public PhaserReusableBarrier(int parties) {
        phaser = new Phaser(parties);
    }

    @Override
    public void await() throws InterruptedException {
        phaser.awaitAdvanceInterruptibly(phaser.arrive());
    }
}
