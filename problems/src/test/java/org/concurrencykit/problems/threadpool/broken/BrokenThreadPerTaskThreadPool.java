package org.concurrencykit.problems.threadpool.broken;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.threadpool.ThreadPool;

/**
 * Starts a new thread for every task and joins them all in {@code awaitTermination}: every
 * task runs once and the shutdown is clean, but the pool's size is ignored, so a burst runs
 * every task at once.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "a thread per task: more than `threads` tasks run at once")
public final class BrokenThreadPerTaskThreadPool implements ThreadPool {
    /** Guarded by this. */
    private final List<Thread> started = new ArrayList<>();
    /** Guarded by this. */
    private boolean shutdown;

    public BrokenThreadPerTaskThreadPool(int threads) {
        // The size is ignored.
    }

    @Override
    public synchronized boolean submit(Runnable task) {
        if (shutdown) {
            return false;
        }
        Thread t = new Thread(task, "task-" + started.size());
        started.add(t);
        t.start();
        return true;
    }

    @Override
    public synchronized void shutdown() {
        shutdown = true;
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        List<Thread> all;
        synchronized (this) {
            all = new ArrayList<>(started);
        }
        for (Thread t : all) {
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
