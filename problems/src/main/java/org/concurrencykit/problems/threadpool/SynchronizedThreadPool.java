package org.concurrencykit.problems.threadpool;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * Fixed thread pool guarded by its own monitor: a deque of accepted tasks, a shutdown flag and
 * a count of live workers; workers {@code wait()} while the deque is empty and the pool open,
 * and every change is announced with {@code notifyAll()}. A worker leaves the monitor before it
 * runs a task, and leaves the loop only when the pool is shut down and the deque is empty.
 *
 * <p>Invariant: once {@code shutdown} is set the deque only shrinks, so the workers drain it;
 * {@code live} counts workers that have not left their loop.
 *
 * <p>Memory consistency effects: the monitor orders {@code submit} before the worker's
 * {@code next()} that removes the task, and each worker's last release of the monitor (after
 * its last task) before {@code awaitTermination} sees {@code live == 0}.
 */
public final class SynchronizedThreadPool implements ThreadPool {
    /** Accepted tasks not yet taken; guarded by this. */
    private final Deque<Runnable> queue = new ArrayDeque<>();
    /** Whether shutdown was called; guarded by this. */
    private boolean shutdown;
    /** Workers that have not left their loop; guarded by this. */
    private int live;

    public SynchronizedThreadPool(int threads) {
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

    /** The next task, or null once the pool is shut down and the deque empty. */
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
