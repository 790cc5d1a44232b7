package org.concurrencykit.problems.threadpool;

import java.util.concurrent.TimeUnit;

/**
 * A fixed thread pool: a solution is built with a number of worker threads
 * ({@code FixedThreadPool(int threads)}), starts them itself, and runs the tasks it accepts on
 * them, at most {@code threads} at a time.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #submit} may be called by several threads at once. Before {@link #shutdown} it
 *       accepts the task and returns {@code true} at once, without running the task on the
 *       calling thread and without waiting for a worker. Every accepted task runs exactly
 *       once, on a thread of the pool's own; actions before {@code submit} happen-before the
 *       task runs.
 *   <li>At most {@code threads} tasks run at the same time. A worker with nothing to run
 *       blocks: it does not spin.
 *   <li>{@link #shutdown} stops accepting: a {@code submit} that starts after {@code shutdown}
 *       returned is rejected by returning {@code false} (throwing
 *       {@link java.util.concurrent.RejectedExecutionException} is taken as the same answer),
 *       and its task never runs. Tasks accepted earlier, queued or running, still run:
 *       shutdown drains the queue. It returns at once, without waiting for them.
 *   <li>{@link #awaitTermination} blocks until, after shutdown, every accepted task has ended
 *       and every worker thread has ended (then it returns {@code true}), or until the timeout
 *       elapses (then {@code false}, and never earlier). The tasks happen-before it returns
 *       {@code true}. It throws {@link InterruptedException} if interrupted while waiting.
 * </ul>
 */
public interface ThreadPool {
    /** Accepts {@code task} to run on a worker, or rejects it ({@code false}) once shut down. */
    boolean submit(Runnable task);

    /** Accepts no more tasks; those already accepted still run. Does not wait for them. */
    void shutdown();

    /**
     * Waits until the pool has terminated (shut down, every accepted task ended, every worker
     * ended) or {@code timeout} has elapsed.
     *
     * @return {@code true} if the pool terminated, {@code false} if the timeout elapsed first
     */
    boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException;
}
