package org.concurrencykit.problems.verificationqueue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

/**
 * Verification queue guarded by a {@link ReentrantLock}: a deque of waiting users and a
 * closed flag under the lock, and one {@link Condition} the referees await while the deque is
 * empty and the queue open. A referee holds the lock only to take a user, never while
 * verifying, so the others can take the next users meanwhile.
 *
 * <p>Invariant: a referee returns only when the queue is closed and the deque empty, which
 * stays so: no join comes after close.
 */
public final class ReentrantLockVerificationQueue implements VerificationQueue {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** Guarded by lock. */
    private final Deque<IntConsumer> waiting = new ArrayDeque<>();
    /** Guarded by lock. */
    private boolean closed;
    private final List<Thread> referees = new ArrayList<>();

    public ReentrantLockVerificationQueue(int referees) {
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
    private IntConsumer next() throws InterruptedException {
        lock.lock();
        try {
            while (waiting.isEmpty() && !closed) {
                changed.await();
            }
            return waiting.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void join(int user, IntConsumer verify) {
        lock.lock();
        try {
            waiting.addLast(verify);
            changed.signal();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() throws InterruptedException {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        for (Thread t : referees) {
            t.join();
        }
    }
}
