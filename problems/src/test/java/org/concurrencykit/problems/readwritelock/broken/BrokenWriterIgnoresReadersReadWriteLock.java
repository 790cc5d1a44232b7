package org.concurrencykit.problems.readwritelock.broken;

import org.concurrencykit.problems.readwritelock.ReadWriteLock;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Writer preference done halfway: readers wait while a writer waits or writes, but a writer
 * waits only for another writer, not for the readers already inside, so it writes under
 * their eyes.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "a writer waits for other writers but not for the readers inside")
public final class BrokenWriterIgnoresReadersReadWriteLock implements ReadWriteLock {
    /** Guarded by this. */
    private boolean writing;
    /** Guarded by this. */
    private int waitingWriters;

    @Override
    public synchronized void lockRead() throws InterruptedException {
        while (writing || waitingWriters > 0) {
            wait();
        }
    }

    @Override
    public synchronized void unlockRead() {
        notifyAll();
    }

    @Override
    public synchronized void lockWrite() throws InterruptedException {
        waitingWriters++;
        while (writing) {
            wait();
        }
        waitingWriters--;
        writing = true;
    }

    @Override
    public synchronized void unlockWrite() {
        writing = false;
        notifyAll();
    }
}
