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
 * Serves every user, but a referee's loop is {@code while (true) take()}: nothing ever tells
 * it the queue is closed, so {@code close()} waits for the referees forever.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "the referees loop forever, so close() never returns")
public final class BrokenNeverEndingRefereeVerificationQueue implements VerificationQueue {
    private final BlockingQueue<IntConsumer> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> referees = new ArrayList<>();

    public BrokenNeverEndingRefereeVerificationQueue(int referees) {
        for (int r = 0; r < referees; r++) {
            int referee = r;
            Thread t = new Thread(() -> serve(referee), "referee-" + r);
            t.setDaemon(true);
            this.referees.add(t);
            t.start();
        }
    }

    private void serve(int referee) {
        while (true) {
            try {
                waiting.take().accept(referee);
            } catch (InterruptedException e) {
                // Keep serving.
            }
        }
    }

    @Override
    public void join(int user, IntConsumer verify) throws InterruptedException {
        waiting.put(verify);
    }

    @Override
    public void close() throws InterruptedException {
        for (Thread t : referees) {
            t.join();
        }
    }
}
