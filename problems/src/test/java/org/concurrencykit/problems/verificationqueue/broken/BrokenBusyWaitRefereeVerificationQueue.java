package org.concurrencykit.problems.verificationqueue.broken;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.verificationqueue.VerificationQueue;

/**
 * Thread-safe and in order, but a referee with nobody to verify polls the queue again at
 * once, in a loop: while the users trickle in, every idle referee keeps a core busy.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "an idle referee spins on poll() instead of blocking")
public final class BrokenBusyWaitRefereeVerificationQueue implements VerificationQueue {
    private final Queue<IntConsumer> waiting = new ConcurrentLinkedQueue<>();
    private volatile boolean closed;
    private final List<Thread> referees = new ArrayList<>();

    public BrokenBusyWaitRefereeVerificationQueue(int referees) {
        for (int r = 0; r < referees; r++) {
            int referee = r;
            Thread t = new Thread(() -> serve(referee), "referee-" + r);
            this.referees.add(t);
            t.start();
        }
    }

    private void serve(int referee) {
        while (true) {
            IntConsumer user = waiting.poll();
            if (user != null) {
                user.accept(referee);
            } else if (closed) {
                return;
            } else {
                Thread.onSpinWait();
            }
        }
    }

    @Override
    public void join(int user, IntConsumer verify) {
        waiting.add(verify);
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        for (Thread t : referees) {
            t.join();
        }
    }
}
