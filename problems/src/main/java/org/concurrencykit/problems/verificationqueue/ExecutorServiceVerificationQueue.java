package org.concurrencykit.problems.verificationqueue;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Verification queue as a fixed pool of one thread per referee: each user is a task. The
 * pool's own queue keeps the users in order; its thread factory numbers the threads, and
 * each thread knows its referee number from a {@link ThreadLocal} set as it starts.
 * {@code close} shuts the pool down, which lets queued tasks run, and waits for it to
 * terminate.
 *
 * <p>Memory consistency effects: actions before {@code submit()} happen-before the task
 * runs, and a pool's tasks happen-before {@code awaitTermination()} returns true.
 */
public final class ExecutorServiceVerificationQueue implements VerificationQueue {
    private final ThreadLocal<Integer> refereeOfThread = new ThreadLocal<>();
    private final ExecutorService pool;

    public ExecutorServiceVerificationQueue(int referees) {
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
    public void close() throws InterruptedException {
        pool.shutdown();
        while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
            // Still verifying: keep waiting; the last verification ends the pool.
        }
    }
}
