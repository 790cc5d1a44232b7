package org.concurrencykit.problems.threadpool;

import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of the thread pool: how many tasks are submitted before the shutdown, by how many
 * threads, how many workers the pool has, how often a submitter submits and how long a task
 * takes, the times in ticks. The judge runs a tick as {@link #NANOS_PER_TICK} nanoseconds.
 * After the shutdown, submitter 1 submits one more task, number {@code tasks + 1}, which the
 * pool must reject.
 *
 * @param tasks      tasks submitted before the shutdown, numbered 1 to {@code tasks}; with two
 *                   submitters, submitter 1 submits the odd ones and submitter 2 the even ones
 * @param threads    the pool's worker threads
 * @param submitters threads submitting tasks (1 or 2); submitter 1 also shuts the pool down
 * @param every      ticks a submitter waits between two of its tasks (0: all at once)
 * @param takes      ticks one task takes
 */
public record Workload(int tasks, int threads, int submitters, int every, int takes) implements TestCase {
    /** Most tasks before the shutdown. */
    public static final int MAX_TASKS = 16;
    /** Most worker threads. */
    public static final int MAX_THREADS = 4;
    /** Most submitter threads. */
    public static final int MAX_SUBMITTERS = 2;
    /** Longest wait between two submits, in ticks. */
    public static final int MAX_EVERY = 3;
    /** Longest task, in ticks. */
    public static final int MAX_TAKES = 4;
    /** How long the judge runs one tick: 5 ms. */
    public static final long NANOS_PER_TICK = 5_000_000L;

    public Workload {
        require(tasks >= 1 && tasks <= MAX_TASKS, "tasks must be in 1.." + MAX_TASKS);
        require(threads >= 1 && threads <= MAX_THREADS, "threads must be in 1.." + MAX_THREADS);
        require(submitters >= 1 && submitters <= MAX_SUBMITTERS, "submitters must be in 1.." + MAX_SUBMITTERS);
        require(every >= 0 && every <= MAX_EVERY, "every must be in 0.." + MAX_EVERY);
        require(takes >= 1 && takes <= MAX_TAKES, "takes must be in 1.." + MAX_TAKES);
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }

    /** The task submitted after the shutdown, which must be rejected. */
    public int lateTask() {
        return tasks + 1;
    }

    /** The submitter (1 or 2) of task {@code t} before the shutdown. */
    public int submitterOf(int t) {
        return (t - 1) % submitters + 1;
    }

    @Override
    public String input() {
        return "tasks = " + tasks + ", threads = " + threads + ", submitters = " + submitters + ", every = " + every
                + ", takes = " + takes;
    }

    /** A submit, its answer, a start and an end per task, and the shutdown and awaits. */
    @Override
    public int size() {
        return 4 * (tasks + 1) + 8;
    }
}
