package org.concurrencykit.problems.readwritelock.broken;

import org.concurrencykit.problems.readwritelock.ReadWriteLock;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The writer-first monitor with one line missing: the last reader out does not call
 * {@code notifyAll()}. A writer that began waiting while readers were inside is never woken
 * when they leave, and readers arriving after it wait for it: everyone waits.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "unlockRead never wakes the writer waiting for the last reader to leave")
public final class BrokenUnlockReadWithoutNotifyReadWriteLock implements ReadWriteLock {
    /** Guarded by this. */
    private int readers;
    /** Guarded by this. */
    private boolean writing;
    /** Guarded by this. */
    private int waitingWriters;

    @Override
    public synchronized void lockRead() throws InterruptedException {
        while (writing || waitingWriters > 0) {
            wait();
        }
        readers++;
    }

    @Override
    public synchronized void unlockRead() {
        readers--;
    }

    @Override
    public synchronized void lockWrite() throws InterruptedException {
        waitingWriters++;
        while (writing || readers > 0) {
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
