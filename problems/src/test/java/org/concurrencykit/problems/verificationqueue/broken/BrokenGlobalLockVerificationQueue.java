package org.concurrencykit.problems.verificationqueue.broken;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntConsumer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.verificationqueue.VerificationQueue;

/**
 * Guards everything with one monitor, including the verification itself: a referee verifies
 * while holding it, so the other referees cannot take the next user, and join cannot hand one
 * over, until this verification ends. Correct order, one referee at work at a time.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "verifies while holding the lock, so only one referee works at a time")
public final class BrokenGlobalLockVerificationQueue implements VerificationQueue {
    /** Guarded by this. */
    private final Deque<IntConsumer> waiting = new ArrayDeque<>();
    /** Guarded by this. */
    private boolean closed;
    private final List<Thread> referees = new ArrayList<>();

    public BrokenGlobalLockVerificationQueue(int referees) {
        for (int r = 0; r < referees; r++) {
            int referee = r;
            Thread t = new Thread(() -> serve(referee), "referee-" + r);
            this.referees.add(t);
            t.start();
        }
    }

    private void serve(int referee) {
        try {
            while (serveOne(referee)) {
                // Next user.
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized boolean serveOne(int referee) throws InterruptedException {
        while (waiting.isEmpty() && !closed) {
            wait();
        }
        IntConsumer user = waiting.pollFirst();
        if (user == null) {
            return false;
        }
        user.accept(referee);
        return true;
    }

    @Override
    public synchronized void join(int user, IntConsumer verify) {
        waiting.addLast(verify);
        notifyAll();
    }

    @Override
    public void close() throws InterruptedException {
        synchronized (this) {
            closed = true;
            notifyAll();
        }
        for (Thread t : referees) {
            t.join();
        }
    }
}
