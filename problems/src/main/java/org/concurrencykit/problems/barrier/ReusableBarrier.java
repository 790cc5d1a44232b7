package org.concurrencykit.problems.barrier;

/**
 * A meeting point for a fixed number of threads, used again and again: each thread calls
 * {@link #await} at the end of each of its phases, and no thread goes on to its next phase
 * until every thread has finished the current one. A solution is built with the number of
 * threads ({@code Barrier(int parties)}).
 *
 * <p>Contract:
 * <ul>
 *   <li>Each of the {@code parties} threads calls {@code await()} once per phase, the same
 *       number of times in all. The k-th call of any thread returns only after every party
 *       has made its k-th call; once the last of them has, all k-th calls return.
 *   <li>No thread laps another: a thread returning from its k-th call and arriving at its
 *       (k+1)-th must wait there, even if a slow party has not yet returned from its k-th.
 *   <li>Waiting blocks; it does not spin.
 * </ul>
 *
 * <p>Memory consistency effects: actions in any thread before its k-th {@code await()}
 * happen-before actions in every thread after its own k-th {@code await()} returns.
 *
 * <p>A thread interrupted while it waits throws {@link InterruptedException}; the barrier is
 * then of no further use (the judge never interrupts a solution's threads).
 */
public interface ReusableBarrier {
    /** Waits until all parties have called {@code await()} as many times as this thread now has. */
    void await() throws InterruptedException;
}
