package org.concurrencykit.problems.threadpool.broken;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.threadpool.ThreadPool;

/**
 * Counts the tasks done and says it terminated once all accepted tasks are done, but never
 * stops its workers: they are daemons, left waiting in {@code take()} after
 * {@code awaitTermination} returned true.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "awaitTermination waits for the tasks but the workers are never stopped")
public final class BrokenWorkersLeftRunningThreadPool implements ThreadPool {
    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    /** Guarded by this. */
    private boolean shutdown;
    /** Accepted tasks not yet done; guarded by this. */
    private int pending;

    public BrokenWorkersLeftRunningThreadPool(int threads) {
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(this::work, "worker-" + i);
            t.setDaemon(true);
            t.start();
        }
    }

    private void work() {
        try {
            while (true) {
                queue.take().run();
                synchronized (this) {
                    pending--;
                    notifyAll();
                }
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
        pending++;
        queue.add(task);
        return true;
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public synchronized boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!shutdown || pending > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
