package org.concurrencykit.problems.verificationqueue.broken;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.function.IntConsumer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.verificationqueue.VerificationQueue;

/**
 * Counts waiting users with a semaphore, but keeps them in a plain {@link ArrayList} that
 * the arrivals and the referees share without a lock. A referee reads the first user,
 * verifies them and only then removes them: a second referee let in meanwhile reads the same
 * first user. (Removing first would only narrow the window: the list itself is unguarded.)
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "two referees read the head of an unguarded list before either removes it")
public final class BrokenUnguardedListVerificationQueue implements VerificationQueue {
    private static final IntConsumer END = referee -> { };

    private final List<IntConsumer> waiting = new ArrayList<>();
    private final Semaphore queued = new Semaphore(0);
    private final List<Thread> referees = new ArrayList<>();

    public BrokenUnguardedListVerificationQueue(int referees) {
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
                IntConsumer user = waiting.get(0);
                if (user == END) {
                    return;
                }
                user.accept(referee);
                waiting.remove(0);
            }
        } catch (InterruptedException | RuntimeException e) {
            // An index out of bounds from the corrupted list ends this referee.
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
