package org.concurrencykit.problems.threadpool.broken;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.threadpool.ThreadPool;

/**
 * Runs every task, rejects late ones, but a worker's loop is {@code while (true) take()}:
 * nothing tells it the pool is shut down, so it waits in {@code take()} forever and
 * {@code awaitTermination}, joining the workers, never sees them end.
 */
@Broken(verdict = Verdict.TIME_LIMIT_EXCEEDED, why = "the workers loop forever, so awaitTermination never returns true")
public final class BrokenWorkersNeverEndThreadPool implements ThreadPool {
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private final List<Thread> workers = new ArrayList<>();
    private volatile boolean shutdown;

    public BrokenWorkersNeverEndThreadPool(int threads) {
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, "worker-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    private void work() {
        while (true) {
            try {
                queue.take().run();
            } catch (InterruptedException e) {
                // Keep working.
            }
        }
    }

    @Override
    public synchronized boolean submit(Runnable task) {
        if (shutdown) {
            return false;
        }
        queue.add(task);
        return true;
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
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
