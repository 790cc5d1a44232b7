package org.concurrencykit.problems.readwritelock.broken;

import java.util.concurrent.locks.ReentrantLock;
import org.concurrencykit.problems.readwritelock.ReadWriteLock;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * One mutex for everybody: correct exclusion, no starvation (the lock is fair), but readers
 * never read together, which is the whole point of a read-write lock.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "a plain mutex: readers exclude each other, so they never read together")
public final class BrokenPlainMutexReadWriteLock implements ReadWriteLock {
    private final ReentrantLock mutex = new ReentrantLock(true);

    @Override
    public void lockRead() throws InterruptedException {
        mutex.lockInterruptibly();
    }

    @Override
    public void unlockRead() {
        mutex.unlock();
    }

    @Override
    public void lockWrite() throws InterruptedException {
        mutex.lockInterruptibly();
    }

    @Override
    public void unlockWrite() {
        mutex.unlock();
    }
}
