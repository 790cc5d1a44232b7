package org.concurrencykit.problems.readwritelock.broken;

import org.concurrencykit.problems.readwritelock.ReadWriteLock;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * The textbook first attempt: readers wait only while a writer writes, a writer waits until
 * nobody is inside. Exclusion holds, but a reader may always join the readers inside, so
 * while readers overlap the room never empties and a waiting writer never gets in.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "readers join readers even while a writer waits, so a stream of readers starves the writer")
public final class BrokenReaderPreferenceReadWriteLock implements ReadWriteLock {
    /** Guarded by this. */
    private int readers;
    /** Guarded by this. */
    private boolean writing;

    @Override
    public synchronized void lockRead() throws InterruptedException {
        while (writing) {
            wait();
        }
        readers++;
    }

    @Override
    public synchronized void unlockRead() {
        readers--;
        if (readers == 0) {
            notifyAll();
        }
    }

    @Override
    public synchronized void lockWrite() throws InterruptedException {
        while (writing || readers > 0) {
            wait();
        }
        writing = true;
    }

    @Override
    public synchronized void unlockWrite() {
        writing = false;
        notifyAll();
    }
}
