package org.concurrencykit.problems.verificationqueue.broken;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.verificationqueue.VerificationQueue;

/**
 * A fixed pool whose {@code close()} calls {@code shutdown()} and returns: shutdown lets the
 * queued users be verified, but does not wait for them.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "close() shuts the pool down without awaiting its termination")
public final class BrokenCloseReturnsEarlyVerificationQueue implements VerificationQueue {
    private final ThreadLocal<Integer> refereeOfThread = new ThreadLocal<>();
    private final ExecutorService pool;

    public BrokenCloseReturnsEarlyVerificationQueue(int referees) {
        AtomicInteger next = new AtomicInteger();
        pool = Executors.newFixedThreadPool(referees, task -> {
            int referee = next.getAndIncrement();
            return new Thread(() -> {
                refereeOfThread.set(referee);
                task.run();
            }, "referee-" + referee);
        });
    }

    @Override
    public void join(int user, IntConsumer verify) {
        pool.execute(() -> verify.accept(refereeOfThread.get()));
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
