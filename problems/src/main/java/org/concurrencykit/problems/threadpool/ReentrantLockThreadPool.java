package org.concurrencykit.problems.threadpool;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Fixed thread pool guarded by a {@link ReentrantLock} with two conditions: workers await
 * {@code notEmpty} while the deque is empty and the pool open, {@code awaitTermination}
 * awaits {@code terminated} until the last worker has left its loop. A worker unlocks before
 * it runs a task.
 *
 * <p>Invariant: once {@code shutdown} is set the deque only shrinks, so the workers drain it;
 * {@code live} counts workers that have not left their loop.
 *
 * <p>Memory consistency effects: {@code unlock()} in {@code submit} happens-before the
 * {@code lock()} of the worker that takes the task, and each worker's last {@code unlock()}
 * happens-before {@code awaitTermination} sees {@code live == 0}.
 */
public final class ReentrantLockThreadPool implements ThreadPool {
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled when a task is queued or the pool is shut down. */
    private final Condition notEmpty = lock.newCondition();
    /** Signalled when the last worker leaves its loop. */
    private final Condition terminated = lock.newCondition();
    /** Accepted tasks not yet taken; guarded by lock. */
    private final Deque<Runnable> queue = new ArrayDeque<>();
    /** Whether shutdown was called; guarded by lock. */
    private boolean shutdown;
    /** Workers that have not left their loop; guarded by lock. */
    private int live;

    public ReentrantLockThreadPool(int threads) {
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
            lock.lock();
            try {
                if (--live == 0) {
                    terminated.signalAll();
                }
            } finally {
                lock.unlock();
            }
        }
    }

    /** The next task, or null once the pool is shut down and the deque empty. */
    private Runnable next() throws InterruptedException {
        lock.lock();
        try {
            while (queue.isEmpty() && !shutdown) {
                notEmpty.await();
            }
            return queue.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean submit(Runnable task) {
        lock.lock();
        try {
            if (shutdown) {
                return false;
            }
            queue.addLast(task);
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void shutdown() {
        lock.lock();
        try {
            shutdown = true;
            notEmpty.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long left = unit.toNanos(timeout);
        lock.lock();
        try {
            while (live > 0) {
                if (left <= 0) {
                    return false;
                }
                left = terminated.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
