package org.concurrencykit.problems.verificationqueue.broken;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.IntConsumer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.verificationqueue.VerificationQueue;

/**
 * Ends by interrupting the referees: one waiting in {@code take()} stops at once, and one
 * busy verifying stops at its next {@code take()}, although users are still queued.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "close interrupts the referees instead of letting them drain the queue")
public final class BrokenStopsBeforeDrainedVerificationQueue implements VerificationQueue {
    private final BlockingQueue<IntConsumer> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> referees = new ArrayList<>();

    public BrokenStopsBeforeDrainedVerificationQueue(int referees) {
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
                waiting.take().accept(referee);
            }
        } catch (InterruptedException e) {
            // Closed: stop.
        }
    }

    @Override
    public void join(int user, IntConsumer verify) throws InterruptedException {
        waiting.put(verify);
    }

    @Override
    public void close() throws InterruptedException {
        for (Thread t : referees) {
            t.interrupt();
        }
        for (Thread t : referees) {
            t.join();
        }
    }
}
