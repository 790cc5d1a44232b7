package org.concurrencykit.problems.readwritelock.broken;

import java.util.concurrent.locks.StampedLock;
import org.concurrencykit.problems.readwritelock.ReadWriteLock;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * A {@link StampedLock} used as a read-write lock through its stamp-free methods. Exclusion
 * holds, but {@code readLock()} first tries to join the readers inside whenever no writer
 * holds the lock, queued writers or not ("the scheduling policy does not consistently prefer
 * readers over writers or vice versa"): while readers overlap, a waiting writer starves.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "StampedLock lets a reader join the readers inside while a writer is queued, so a stream of readers starves it")
public final class BrokenStampedLockReadersBargeReadWriteLock implements ReadWriteLock {
    private final StampedLock lock = new StampedLock();

    @Override
    public void lockRead() throws InterruptedException {
        lock.readLockInterruptibly();
    }

    @Override
    public void unlockRead() {
        lock.tryUnlockRead();
    }

    @Override
    public void lockWrite() throws InterruptedException {
        lock.writeLockInterruptibly();
    }

    @Override
    public void unlockWrite() {
        lock.tryUnlockWrite();
    }
}
