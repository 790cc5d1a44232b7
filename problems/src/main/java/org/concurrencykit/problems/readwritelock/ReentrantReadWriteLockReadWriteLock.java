package org.concurrencykit.problems.readwritelock;

import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The JDK's own: a {@link ReentrantReadWriteLock} in fair mode, whose read and write locks
 * share one FIFO queue of waiting threads. A reader that finds any thread queued ahead of it
 * (a waiting writer) queues too, so writers are never starved. The default, non-fair mode
 * only holds readers back when the thread at the head of the queue is a writer; the fair
 * mode states the guarantee outright.
 *
 * <p>Invariant: the lock's state counts the read holds and the write hold; a write hold
 * excludes every other hold.
 * Memory consistency effects: as {@link java.util.concurrent.locks.Lock} states, a
 * successful {@code lock} has the same memory effects as a monitor lock, and an
 * {@code unlock} as a monitor unlock, for both the read and the write lock.
 */
public final class ReentrantReadWriteLockReadWriteLock implements ReadWriteLock {
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    @Override
    public void lockRead() throws InterruptedException {
        lock.readLock().lockInterruptibly();
    }

    @Override
    public void unlockRead() {
        lock.readLock().unlock();
    }

    @Override
    public void lockWrite() throws InterruptedException {
        lock.writeLock().lockInterruptibly();
    }

    @Override
    public void unlockWrite() {
        lock.writeLock().unlock();
    }
}
