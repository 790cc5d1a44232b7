package org.concurrencykit.problems.threadpool;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Fixed thread pool as a {@link LinkedBlockingQueue} of tasks and workers that {@code take()}
 * from it until they take a poison pill. {@code shutdown} puts one pill per worker behind the
 * last accepted task, so every worker drains the queue before it meets its pill;
 * {@code awaitTermination} joins the workers, so when it returns true they have ended. Checking
 * the flag and putting the task, and setting it and putting the pills, happen under this
 * object's monitor: a task accepted while the pool shuts down cannot land behind the pills.
 *
 * <p>Invariant: no task is ever queued behind a pill.
 *
 * <p>Memory consistency effects: actions before {@code put()} happen-before actions after
 * the {@code take()} that removes the element, and a worker's actions happen-before a
 * {@code join()} on it returns.
 */
public final class BlockingQueueThreadPool implements ThreadPool {
    /** Tells a worker the pool is shut down; compared by identity. */
    private static final Runnable PILL = () -> { };

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    /** Whether shutdown was called; guarded by this. */
    private boolean shutdown;

    public BlockingQueueThreadPool(int threads) {
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, "worker-" + i);
            workers.add(t);
            t.start();
        }
    }

    private void work() {
        try {
            for (Runnable task = queue.take(); task != PILL; task = queue.take()) {
                task.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized boolean submit(Runnable task) {
        if (shutdown) {
            return false;
        }
        // The queue is unbounded: add never blocks while holding the monitor.
        queue.add(task);
        return true;
    }

    @Override
    public synchronized void shutdown() {
        if (!shutdown) {
            shutdown = true;
            for (int i = 0; i < workers.size(); i++) {
                queue.add(PILL);
            }
        }
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (Thread t : workers) {
            long left = deadline - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.timedJoin(t, left);
            }
            if (t.isAlive()) {
                return false;
            }
        }
        return true;
    }
}
