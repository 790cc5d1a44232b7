package org.concurrencykit.problems.readwritelock;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Read-write lock on a {@link ReentrantLock} with two {@link Condition}s, writer
 * preference: readers await {@code readable} (no writer inside or waiting), writers await
 * {@code writable} (nobody inside). The last reader out signals one writer; a writer going
 * out hands over to the next waiting writer if there is one, else lets every reader in.
 * Separate conditions wake only threads that can now proceed.
 *
 * <p>Invariant: {@code writing} implies {@code readers == 0}; {@code waitingWriters} counts
 * the writers inside {@code lockWrite()}.
 * Memory consistency effects: {@code unlock()} at the end of {@code unlockWrite()} or
 * {@code unlockRead()} happens-before the {@code lock()} of the {@code lockRead()} or
 * {@code lockWrite()} that gets in after it.
 */
public final class ReentrantLockReadWriteLock implements ReadWriteLock {
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when readers may get in. */
    private final Condition readable = lock.newCondition();
    /** Signalled when a writer may get in. */
    private final Condition writable = lock.newCondition();
    /** Readers holding the lock. Guarded by lock. */
    private int readers;
    /** Whether a writer holds the lock. Guarded by lock. */
    private boolean writing;
    /** Writers waiting in lockWrite(). Guarded by lock. */
    private int waitingWriters;

    @Override
    public void lockRead() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (writing || waitingWriters > 0) {
                readable.await();
            }
            readers++;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void unlockRead() {
        lock.lock();
        try {
            readers--;
            if (readers == 0) {
                writable.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void lockWrite() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            waitingWriters++;
            try {
                while (writing || readers > 0) {
                    writable.await();
                }
            } catch (InterruptedException e) {
                waitingWriters--;
                wakeNext();
                throw e;
            }
            waitingWriters--;
            writing = true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void unlockWrite() {
        lock.lock();
        try {
            writing = false;
            wakeNext();
        } finally {
            lock.unlock();
        }
    }

    /** Wakes a waiting writer if there is one (when the room is free), else every waiting reader. Call only when holding lock. */
    private void wakeNext() {
        assert lock.isHeldByCurrentThread();
        if (waitingWriters > 0) {
            if (!writing && readers == 0) {
                writable.signal();
            }
        } else {
            readable.signalAll();
        }
    }
}
