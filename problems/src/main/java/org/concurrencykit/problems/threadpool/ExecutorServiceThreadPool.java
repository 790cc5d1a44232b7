package org.concurrencykit.problems.threadpool;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The JDK's answer, for comparison: {@link Executors#newFixedThreadPool} is exactly this pool
 * (a {@code ThreadPoolExecutor} with a {@code LinkedBlockingQueue}); {@code submit} turns its
 * {@link RejectedExecutionException} into {@code false}. The point of the problem is to build
 * one; read this after the others.
 *
 * <p>Memory consistency effects: actions before {@code execute()} happen-before the task
 * runs, and the pool's tasks happen-before {@code awaitTermination()} returns true.
 */
public final class ExecutorServiceThreadPool implements ThreadPool {
    private final ExecutorService pool;

    public ExecutorServiceThreadPool(int threads) {
        pool = Executors.newFixedThreadPool(threads);
    }

    @Override
    public boolean submit(Runnable task) {
        try {
            pool.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    @Override
    public void shutdown() {
        pool.shutdown();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return pool.awaitTermination(timeout, unit);
    }
}
