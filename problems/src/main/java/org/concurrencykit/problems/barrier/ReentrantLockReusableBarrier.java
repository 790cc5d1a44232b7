package org.concurrencykit.problems.barrier;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reusable barrier on a {@link ReentrantLock} and one {@link Condition} with a generation
 * count: the synchronized solution with the monitor made explicit. The last arrival of a
 * phase resets the count, starts the next generation and {@code signalAll()}s; the others
 * {@code await()} while the generation they arrived in is still the current one.
 *
 * <p>Invariant: {@code arrived} is the number of parties that have called {@code await()}
 * in the current generation, {@code 0 <= arrived < parties}.
 * Memory consistency effects: each arrival's {@code unlock()} happens-before the last
 * arrival's {@code lock()}, whose {@code unlock()} happens-before each waiter's return from
 * {@code opened.await()}.
 */
public final class ReentrantLockReusableBarrier implements ReusableBarrier {
    /** How many threads meet. */
    private final int parties;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when the barrier opens. */
    private final Condition opened = lock.newCondition();
    /** Parties arrived in the current generation. Guarded by lock. */
    private int arrived;
    /** Which meeting is being gathered: incremented each time the barrier opens. Guarded by lock. */
    private long generation;

    public ReentrantLockReusableBarrier(int parties) {
        this.parties = parties;
    }

    @Override
    public void await() throws InterruptedException {
        lock.lock();
        try {
            long mine = generation;
            arrived++;
            if (arrived == parties) {
                arrived = 0;
                generation++;
                opened.signalAll();
                return;
            }
            while (generation == mine) {
                opened.await();
            }
        } finally {
            lock.unlock();
        }
    }
}
