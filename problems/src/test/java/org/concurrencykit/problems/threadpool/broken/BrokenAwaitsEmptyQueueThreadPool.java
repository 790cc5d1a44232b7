package org.concurrencykit.problems.threadpool.broken;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.threadpool.ThreadPool;

/**
 * A correct monitor pool but for {@code awaitTermination}, which waits only until the queue
 * is empty: the last tasks have been taken, not finished, so it returns true while they
 * still run.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "awaitTermination waits for an empty queue, not for the running tasks to end")
public final class BrokenAwaitsEmptyQueueThreadPool implements ThreadPool {
    /** Guarded by this. */
    private final Deque<Runnable> queue = new ArrayDeque<>();
    /** Guarded by this. */
    private boolean shutdown;

    public BrokenAwaitsEmptyQueueThreadPool(int threads) {
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, "worker-" + i);
            t.start();
        }
    }

    private void work() {
        try {
            for (Runnable task = next(); task != null; task = next()) {
                task.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized Runnable next() throws InterruptedException {
        while (queue.isEmpty() && !shutdown) {
            wait();
        }
        Runnable task = queue.pollFirst();
        notifyAll();
        return task;
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
        notifyAll();
    }

    @Override
    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!shutdown || !queue.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
