package org.concurrencykit.problems.readwritelock.broken;

import org.concurrencykit.problems.readwritelock.ReadWriteLock;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Volatile counters and no lock: each call spins until the other side looks out, then marks
 * itself in. Check-then-act: a reader and a writer can both look before either marks, and
 * both get in; {@code readers++} on a volatile is still a read and a write, so two readers
 * can lose a count. Those windows are a few instructions wide. What the judge sees every
 * time is the other mistake: a reader waits only while a writer writes, never for one that
 * waits, so a stream of readers starves the writers.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "volatile counters checked then changed without a lock; readers never wait for a waiting writer, which starves")
public final class BrokenUnsynchronizedCountersReadWriteLock implements ReadWriteLock {
    private volatile int readers;
    private volatile boolean writing;

    @Override
    public void lockRead() {
        while (writing) {
            Thread.yield();
        }
        readers++;
    }

    @Override
    public void unlockRead() {
        readers--;
    }

    @Override
    public void lockWrite() {
        while (writing || readers > 0) {
            Thread.yield();
        }
        writing = true;
    }

    @Override
    public void unlockWrite() {
        writing = false;
    }
}
