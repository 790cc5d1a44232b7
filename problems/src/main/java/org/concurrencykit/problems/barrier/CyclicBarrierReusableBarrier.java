package org.concurrencykit.problems.barrier;

import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;

/**
 * Reusable barrier on the JDK's {@link CyclicBarrier}, which is exactly this: a barrier of
 * {@code parties} that resets itself each time it trips. A {@link BrokenBarrierException}
 * (another party was interrupted or timed out) means the meeting can never complete; it is
 * rethrown unchecked, since the contract offers no way to go on.
 *
 * <p>Invariant: the CyclicBarrier's own, one generation per trip.
 * Memory consistency effects: actions in a thread before {@code await()} happen-before
 * actions that are part of the barrier action, which happen-before actions after the
 * corresponding {@code await()} returns in other threads (CyclicBarrier's javadoc).
 */
public final class CyclicBarrierReusableBarrier implements ReusableBarrier {
    /** Trips when all parties have arrived, then starts over. */
    private final CyclicBarrier barrier;

    public CyclicBarrierReusableBarrier(int parties) {
        barrier = new CyclicBarrier(parties);
    }

    @Override
    public void await() throws InterruptedException {
        try {
            barrier.await();
        } catch (BrokenBarrierException e) {
            throw new IllegalStateException("another party left the barrier broken", e);
        }
    }
}
