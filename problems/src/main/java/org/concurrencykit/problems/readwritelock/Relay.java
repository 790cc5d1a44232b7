package org.concurrencykit.problems.readwritelock;

import java.util.concurrent.TimeUnit;

/**
 * The harness's side of a stream round (not the solution's): it keeps readers overlapping
 * and lets writers ask only while two readers are inside. A reader that got in stays inside
 * until another reader has got in after it, so that with a lock that lets readers in while a
 * writer waits, the room is never empty and the writer never gets in. It stops waiting when
 * every other reader is done or blocked in {@code lockRead()} (parked: a correct lock holds
 * them back for a waiting writer), when the writers are done, or after a while (a lock that
 * blocks by spinning). Every method is short and guarded by this monitor.
 */
final class Relay {
    /** How long a reader waits inside for another at most. */
    private static final long PATIENCE_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    private static final int OUTSIDE = 0;
    private static final int CALLING = 1;
    private static final int INSIDE = 2;
    private static final int DONE = 3;

    /** Reader threads by number (1-based). */
    private final Thread[] threads;
    /** What each reader is doing: OUTSIDE, CALLING (in lockRead), INSIDE or DONE. */
    private final int[] state;
    /** Reader entries so far. */
    private long entries;
    /** Readers inside, counted after their entry event and before their exit event. */
    private int inside;
    private int readersLeft;
    private int writersLeft;

    Relay(int readers, int writers) {
        threads = new Thread[readers + 1];
        state = new int[readers + 1];
        readersLeft = readers;
        writersLeft = writers;
    }

    /** Reader {@code r} starts, on the calling thread. */
    synchronized void start(int r) {
        threads[r] = Thread.currentThread();
    }

    /** Whether reader {@code r}, having read {@code done} times, reads again. */
    synchronized boolean more(int done) {
        return writersLeft > 0 && done < LockChecker.MAX_OVERTAKING;
    }

    /** Reader {@code r} is about to call {@code lockRead()}. */
    synchronized void calling(int r) {
        state[r] = CALLING;
    }

    /** Reader {@code r} got in (its event recorded); returns the number of this entry. */
    synchronized long entered(int r) {
        state[r] = INSIDE;
        inside++;
        notifyAll();
        return ++entries;
    }

    /** Reader {@code r}, who got in as entry {@code entry}, waits until it may leave (see the class comment). */
    synchronized void awaitSuccessor(int r, long entry) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (entries == entry && writersLeft > 0 && !othersBlocked(r) && System.nanoTime() < deadline) {
            wait(1);
        }
    }

    /** Whether every reader but {@code r} is done or parked in {@code lockRead()}. Call only holding this. */
    private boolean othersBlocked(int r) {
        for (int s = 1; s < threads.length; s++) {
            if (s != r && state[s] != DONE) {
                Thread.State t = threads[s] == null ? Thread.State.NEW : threads[s].getState();
                if (state[s] != CALLING || (t != Thread.State.WAITING && t != Thread.State.TIMED_WAITING)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Reader {@code r} is about to leave (its event not yet recorded). */
    synchronized void leaving(int r) {
        state[r] = OUTSIDE;
        inside--;
        notifyAll();
    }

    /** Reader {@code r} reads no more. */
    synchronized void readerDone(int r) {
        state[r] = DONE;
        readersLeft--;
        notifyAll();
    }

    /** A writer waits until two readers are inside together, or no reader will come. */
    synchronized void awaitReadersTogether() throws InterruptedException {
        while (inside < 2 && readersLeft > 0) {
            wait(10);
        }
    }

    /** A writer writes no more. */
    synchronized void writerDone() {
        writersLeft--;
        notifyAll();
    }
}
