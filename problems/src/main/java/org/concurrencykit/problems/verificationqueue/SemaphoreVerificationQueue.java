package org.concurrencykit.problems.verificationqueue;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;

/**
 * Verification queue as a counting {@link Semaphore}: one permit per waiting user (and, at
 * the end, per referee to stop), over a lock-free {@link ConcurrentLinkedQueue} of users. A
 * referee acquires a permit, then polls: a permit is released only after its user is in the
 * queue, so the poll always finds one. {@code close} queues one end marker per referee and
 * releases their permits.
 *
 * <p>Memory consistency effects: actions before {@code release()} happen-before actions after
 * the {@code acquire()} it lets through.
 */
public final class SemaphoreVerificationQueue implements VerificationQueue {
    /** Tells a referee the queue is closed; compared by identity. */
    private static final IntConsumer END = referee -> { };

    private final Queue<IntConsumer> waiting = new ConcurrentLinkedQueue<>();
    private final Semaphore queued = new Semaphore(0);
    private final List<Thread> referees = new ArrayList<>();

    public SemaphoreVerificationQueue(int referees) {
        for (int r = 0; r < referees; r++) {
            int referee = r;
            Thread t = new Thread(() -> serve(referee), "referee-" + r);
            this.referees.add(t);
            t.start();
        }
    }

    private void serve(int referee) {
        try {
            while (true) {
                queued.acquire();
                IntConsumer user = waiting.poll();
                if (user == END) {
                    return;
                }
                user.accept(referee);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void join(int user, IntConsumer verify) {
        waiting.add(verify);
        queued.release();
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = 0; i < referees.size(); i++) {
            waiting.add(END);
        }
        queued.release(referees.size());
        for (Thread t : referees) {
            t.join();
        }
    }
}
