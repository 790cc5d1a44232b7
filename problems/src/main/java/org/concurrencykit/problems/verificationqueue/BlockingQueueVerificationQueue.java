package org.concurrencykit.problems.verificationqueue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.IntConsumer;

/**
 * Verification queue as a {@link LinkedBlockingQueue} of waiting users and one thread per
 * referee taking from it. {@code close} puts one end marker per referee behind the last user
 * and joins the referees: each takes users until it takes a marker, so the queue is drained
 * before anyone stops.
 *
 * <p>Memory consistency effects: actions before {@code put()} happen-before actions after the
 * {@code take()} that removes the element, and a referee's actions happen-before
 * {@code join()} on it returns.
 */
public final class BlockingQueueVerificationQueue implements VerificationQueue {
    /** Tells a referee the queue is closed; compared by identity. */
    private static final IntConsumer END = referee -> { };

    private final BlockingQueue<IntConsumer> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> referees = new ArrayList<>();

    public BlockingQueueVerificationQueue(int referees) {
        for (int r = 0; r < referees; r++) {
            int referee = r;
            Thread t = new Thread(() -> serve(referee), "referee-" + r);
            this.referees.add(t);
            t.start();
        }
    }

    private void serve(int referee) {
        try {
            for (IntConsumer user = waiting.take(); user != END; user = waiting.take()) {
                user.accept(referee);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void join(int user, IntConsumer verify) throws InterruptedException {
        waiting.put(verify);
    }

    @Override
    public void close() throws InterruptedException {
        for (int i = 0; i < referees.size(); i++) {
            waiting.put(END);
        }
        for (Thread t : referees) {
            t.join();
        }
    }
}
