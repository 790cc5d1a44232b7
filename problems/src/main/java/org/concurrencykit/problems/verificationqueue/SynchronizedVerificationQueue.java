package org.concurrencykit.problems.verificationqueue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Verification queue guarded by its own monitor: a deque of waiting users and a closed flag,
 * referees in {@code wait()} while the deque is empty and the queue open, and
 * {@code notifyAll()} on every change. A referee leaves the monitor before verifying.
 */
public final class SynchronizedVerificationQueue implements VerificationQueue {
    /** Guarded by this. */
    private final Deque<IntConsumer> waiting = new ArrayDeque<>();
    /** Guarded by this. */
    private boolean closed;
    private final List<Thread> referees = new ArrayList<>();

    public SynchronizedVerificationQueue(int referees) {
        for (int r = 0; r < referees; r++) {
            int referee = r;
            Thread t = new Thread(() -> serve(referee), "referee-" + r);
            this.referees.add(t);
            t.start();
        }
    }

    private void serve(int referee) {
        try {
            for (IntConsumer user = next(); user != null; user = next()) {
                user.accept(referee);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next waiting user, or null once the queue is closed and empty. */
    private synchronized IntConsumer next() throws InterruptedException {
        while (waiting.isEmpty() && !closed) {
            wait();
        }
        return waiting.pollFirst();
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
