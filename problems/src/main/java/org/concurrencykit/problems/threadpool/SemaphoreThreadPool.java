package org.concurrencykit.problems.threadpool;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Fixed thread pool counted by semaphores: {@code queued} holds one permit per element of a
 * {@link ConcurrentLinkedQueue} (tasks, then one poison pill per worker), so a worker's
 * {@code acquire()} both waits for work and reserves one element; {@code open} starts with
 * {@code Integer.MAX_VALUE} permits, each submit holds one while it queues its task, and
 * {@code shutdown} takes them all for good, so it waits for submits in flight and every later
 * {@code tryAcquire()} fails; {@code ended} gets a permit from each worker that leaves its loop,
 * and {@code awaitTermination} waits for all of them (and gives them back, for the next call).
 *
 * <p>Invariant: {@code queued}'s permits never exceed the queue's elements, and no task is
 * queued behind a pill.
 *
 * <p>Memory consistency effects: actions before {@code release()} happen-before actions
 * after a successful {@code acquire()}: a submit's queueing before the worker's poll, and a
 * worker's last task before {@code awaitTermination} returns true.
 */
public final class SemaphoreThreadPool implements ThreadPool {
    /** Tells a worker the pool is shut down; compared by identity. */
    private static final Runnable PILL = () -> { };

    private final int threads;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    /** One permit per element of the queue. */
    private final Semaphore queued = new Semaphore(0);
    /** One permit per submit that may still queue a task; all taken by shutdown. */
    private final Semaphore open = new Semaphore(Integer.MAX_VALUE);
    /** Lets only the first shutdown take {@code open}'s permits. */
    private final Semaphore once = new Semaphore(1);
    /** One permit per worker that has left its loop. */
    private final Semaphore ended = new Semaphore(0);

    public SemaphoreThreadPool(int threads) {
        this.threads = threads;
        for (int i = 0; i < threads; i++) {
            new Thread(this::work, "worker-" + i).start();
        }
    }

    private void work() {
        try {
            while (true) {
                queued.acquire();
                Runnable task = queue.poll();
                if (task == PILL) {
                    return;
                }
                task.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            ended.release();
        }
    }

    @Override
    public boolean submit(Runnable task) {
        if (!open.tryAcquire()) {
            return false;
        }
        try {
            queue.add(task);
            queued.release();
            return true;
        } finally {
            open.release();
        }
    }

    @Override
    public void shutdown() {
        if (once.tryAcquire()) {
            open.acquireUninterruptibly(Integer.MAX_VALUE);
            for (int i = 0; i < threads; i++) {
                queue.add(PILL);
            }
            queued.release(threads);
        }
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        if (!ended.tryAcquire(threads, timeout, unit)) {
            return false;
        }
        ended.release(threads);
        return true;
    }
}
