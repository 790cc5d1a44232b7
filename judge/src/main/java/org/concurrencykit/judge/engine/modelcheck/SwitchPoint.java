package org.concurrencykit.judge.engine.modelcheck;

/**
 * A place where the model checker may switch threads, put before every callback's output.
 * Lincheck switches threads only at shared-memory accesses and synchronization; a solution
 * that calls its callbacks with nothing shared in between (no locking at all) would otherwise
 * run each thread's callbacks back to back, and two philosophers could never be seen eating
 * with the same fork. A real JVM can deschedule a thread anywhere, so the callbacks must be
 * switch points, just as they are pause points under stress.
 *
 * <p>Instrumented (unlike the rest of the judge): the read of {@link #visits} is the switch
 * point. The trace renderer leaves it out, as it leaves out everything not in the user's code.
 */
final class SwitchPoint {
    /**
     * Never written: the volatile read is what the model checker sees. (A write would be a
     * switch point too, but one that conflicts with every other thread's, which multiplies
     * the interleavings to explore: measured, a five-philosopher deadlock was no longer
     * reached within 250 of them.)
     */
    private static volatile int visits;

    private SwitchPoint() {
    }

    /** Lets the model checker switch to another thread here. */
    static int offer() {
        return visits;
    }
}
