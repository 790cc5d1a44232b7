package org.concurrencykit.problems.readwritelock;

import java.util.concurrent.Semaphore;

/**
 * Read-write lock on fair {@link Semaphore}s, writers first (the "light switch" pattern of
 * the little book of semaphores): {@code roomForWriters} is held by the readers as a group
 * (the first reader in takes it, the last one out gives it back) or by one writer;
 * {@code doorForReaders} is held by the writers as a group in the same way, and each reader
 * passes through it on the way in. So once a writer has taken the door, new readers queue at
 * it while the readers inside leave, and the writer gets the room. The semaphores are fair,
 * so that a reader cannot take the door ahead of a writer queued for it.
 *
 * <p>Invariant: {@code roomForWriters} has no permit while readers or a writer are inside;
 * {@code doorForReaders} has none while a writer waits or writes.
 * Memory consistency effects: a {@code release()} happens-before the {@code acquire()} it
 * satisfies; the room's release by the last one out happens-before the next one in.
 */
public final class SemaphoreReadWriteLock implements ReadWriteLock {
    /** One permit: the room, held by the readers as a group or by one writer. */
    private final Semaphore roomForWriters = new Semaphore(1, true);
    /** One permit: the readers' door, held by the writers as a group while any waits or writes. */
    private final Semaphore doorForReaders = new Semaphore(1, true);
    /** Counts the readers inside; the first takes the room, the last gives it back. */
    private final LightSwitch readers = new LightSwitch();
    /** Counts the writers waiting or writing; the first takes the door, the last gives it back. */
    private final LightSwitch writers = new LightSwitch();

    @Override
    public void lockRead() throws InterruptedException {
        doorForReaders.acquire();
        try {
            readers.enter(roomForWriters);
        } finally {
            doorForReaders.release();
        }
    }

    @Override
    public void unlockRead() {
        readers.leave(roomForWriters);
    }

    @Override
    public void lockWrite() throws InterruptedException {
        writers.enter(doorForReaders);
        try {
            roomForWriters.acquire();
        } catch (InterruptedException e) {
            writers.leave(doorForReaders);
            throw e;
        }
    }

    @Override
    public void unlockWrite() {
        roomForWriters.release();
        writers.leave(doorForReaders);
    }

    /** A counter whose first user takes a semaphore for the group and whose last user gives it back. */
    private static final class LightSwitch {
        /** One permit: guards count. */
        private final Semaphore mutex = new Semaphore(1, true);
        /** Users inside. Guarded by mutex. */
        private int count;

        void enter(Semaphore held) throws InterruptedException {
            mutex.acquire();
            try {
                if (count == 0) {
                    held.acquire();
                }
                count++;
            } finally {
                mutex.release();
            }
        }

        void leave(Semaphore held) {
            mutex.acquireUninterruptibly();
            try {
                count--;
                if (count == 0) {
                    held.release();
                }
            } finally {
                mutex.release();
            }
        }
    }
}
