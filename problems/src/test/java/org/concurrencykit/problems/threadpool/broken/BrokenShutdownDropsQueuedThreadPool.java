package org.concurrencykit.problems.threadpool.broken;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.threadpool.ThreadPool;

/**
 * Thread-safe, but {@code shutdown()} clears the queue, the way {@code shutdownNow()} would:
 * tasks accepted and still waiting for a worker never run.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "shutdown() clears the queue, dropping accepted tasks that were waiting")
public final class BrokenShutdownDropsQueuedThreadPool implements ThreadPool {
    /** Guarded by this. */
    private final Deque<Runnable> queue = new ArrayDeque<>();
    /** Guarded by this. */
    private boolean shutdown;
    /** Guarded by this. */
    private int live;

    public BrokenShutdownDropsQueuedThreadPool(int threads) {
        live = threads;
        for (int i = 0; i < threads; i++) {
            new Thread(this::work, "worker-" + i).start();
        }
    }

    private void work() {
        try {
            for (Runnable task = next(); task != null; task = next()) {
                task.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            synchronized (this) {
                live--;
                notifyAll();
            }
        }
    }

    private synchronized Runnable next() throws InterruptedException {
        while (queue.isEmpty() && !shutdown) {
            wait();
        }
        return queue.pollFirst();
    }

    @Override
    public synchronized boolean submit(Runnable task) {
        if (shutdown) {
            return false;
        }
        queue.addLast(task);
        notifyAll();
        return true;
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
        queue.clear();
        notifyAll();
    }

    @Override
    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (live > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
