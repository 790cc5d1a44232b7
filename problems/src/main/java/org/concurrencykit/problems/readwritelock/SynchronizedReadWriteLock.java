package org.concurrencykit.problems.readwritelock;

/**
 * Read-write lock on one monitor with writer preference: counts of the readers inside and
 * the writers waiting, a flag for the writer inside, {@code while (...) wait()} for each
 * kind, and {@code notifyAll()} whenever the room may have opened. A reader waits not only
 * while a writer writes but while one waits: that is what keeps a stream of readers from
 * starving the writers.
 *
 * <p>Invariant: {@code writing} implies {@code readers == 0}; {@code waitingWriters} counts
 * the writers inside {@code lockWrite()}.
 * Memory consistency effects: the monitor's unlock at the end of {@code unlockWrite()} or
 * {@code unlockRead()} happens-before the lock of the {@code lockRead()} or
 * {@code lockWrite()} that gets in after it.
 */
public final class SynchronizedReadWriteLock implements ReadWriteLock {
    /** Readers holding the lock. Guarded by this. */
    private int readers;
    /** Whether a writer holds the lock. Guarded by this. */
    private boolean writing;
    /** Writers waiting in lockWrite(). Guarded by this. */
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
        if (readers == 0) {
            notifyAll();
        }
    }

    @Override
    public synchronized void lockWrite() throws InterruptedException {
        waitingWriters++;
        try {
            while (writing || readers > 0) {
                wait();
            }
        } finally {
            waitingWriters--;
            notifyAll();
        }
        writing = true;
    }

    @Override
    public synchronized void unlockWrite() {
        writing = false;
        notifyAll();
    }
}
