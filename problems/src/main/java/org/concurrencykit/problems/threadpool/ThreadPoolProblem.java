package org.concurrencykit.problems.threadpool;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;

/**
 * The fixed thread pool (a classic): how a round runs and what a correct one looks like
 * ({@link PoolChecker}).
 *
 * <p>One or two submitter threads submit the workload's tasks, waiting {@code every} ticks
 * between two of their own. Each task records its start, holds its worker for {@code takes}
 * ticks and records its end. Submitter 1, once its own tasks are submitted, records the CPU
 * time the pool's threads used so far, calls {@code shutdown()}, submits one more task (which
 * must be rejected), then calls {@code awaitTermination} with a timeout of one tick (the
 * pool is usually still busy: false) and with a timeout of a minute (true, once the pool has
 * terminated); after that it waits a little for the pool's threads to end and records any
 * that did not. Submitter 2 submits alongside, so its last submits race with the shutdown.
 *
 * <p>The pool starts its own threads, which the model checker cannot schedule: this problem
 * is judged by the stress engine.
 */
public final class ThreadPoolProblem implements Problem<ThreadPool, Workload> {
    private static final String EXAMPLE = "tasks = 5, threads = 2, submitters = 1, every = 1, takes = 3";
    private static final Pattern INPUT = Pattern.compile("\\s*tasks\\s*=\\s*(\\d{1,3})\\s*,\\s*threads\\s*=\\s*(\\d{1,3})"
            + "\\s*,\\s*submitters\\s*=\\s*(\\d{1,3})\\s*,\\s*every\\s*=\\s*(\\d{1,3})\\s*,\\s*takes\\s*=\\s*(\\d{1,3})\\s*");
    /**
     * Tasks, threads, submitters, every, takes. Bursts, where tasks wait in the queue at the
     * shutdown (a shutdown that drops them shows) and more tasks than threads are ready at
     * once (a thread per task shows); two submitters racing each other and the shutdown;
     * slow submits, where workers wait long and a spinning one shows; and the largest.
     */
    private static final int[][] SHAPES = {
        {1, 1, 1, 0, 1}, {8, 1, 2, 0, 1}, {12, 4, 2, 0, 2}, {6, 2, 1, 3, 1}, {10, 3, 2, 1, 3},
        {Workload.MAX_TASKS, 2, 2, 0, 1}, {9, 4, 1, 2, 4}, {Workload.MAX_TASKS, Workload.MAX_THREADS, 2, 3, 2},
    };
    private static final int RANDOM_CASES = 2;
    /** The timeout of the first awaitTermination, while the pool is usually busy: one tick. */
    static final long SHORT_AWAIT_MILLIS = TimeUnit.NANOSECONDS.toMillis(Workload.NANOS_PER_TICK);
    /** The timeout of the second awaitTermination: far longer than any round. */
    static final long LONG_AWAIT_MILLIS = TimeUnit.MINUTES.toMillis(1);
    /** How long, after awaitTermination returned true, the pool's threads get to end. */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private static final ProblemInfo INFO = new ProblemInfo(
            "thread-pool", 0, "Fixed Thread Pool", Difficulty.MEDIUM, "FixedThreadPool",
            List.of("submitter-1 calls submit(task) for its tasks, then shutdown(), submit(task) once more, "
                    + "and awaitTermination(timeout) twice",
                    "submitter-2 (in some cases) calls submit(task) for its tasks alongside",
                    "the pool's own threads (the workers) run the tasks"), 2);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<ThreadPool> solutionType() {
        return ThreadPool.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of(int.class);
    }

    @Override
    public Object[] constructorArgs(Workload w) {
        return new Object[] {w.threads()};
    }

    /** The statement's workload, and a burst: six tasks at once for two threads. */
    @Override
    public List<Workload> examples() {
        return List.of(parse(EXAMPLE), new Workload(6, 2, 1, 0, 2));
    }

    @Override
    public List<Workload> cases(Random random) {
        List<Workload> generated = new ArrayList<>();
        for (int[] s : SHAPES) {
            generated.add(new Workload(s[0], s[1], s[2], s[3], s[4]));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(new Workload(1 + random.nextInt(Workload.MAX_TASKS), 1 + random.nextInt(Workload.MAX_THREADS),
                    1 + random.nextInt(Workload.MAX_SUBMITTERS), random.nextInt(Workload.MAX_EVERY + 1),
                    1 + random.nextInt(Workload.MAX_TAKES)));
        }
        Collections.shuffle(generated, random);
        List<Workload> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    @Override
    public Workload parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an input like " + EXAMPLE + ", got: " + input);
        }
        try {
            return new Workload(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad input (" + e.getMessage() + "): " + input);
        }
    }

    @Override
    public void run(ThreadPool pool, Workload w, Round round) {
        Set<Thread> submitters = ConcurrentHashMap.newKeySet();
        round.thread(PoolChecker.SUBMITTER_1, () -> {
            submitters.add(Thread.currentThread());
            shutter(pool, w, round, submitters);
        });
        if (w.submitters() > 1) {
            round.thread(PoolChecker.SUBMITTER_2, () -> {
                submitters.add(Thread.currentThread());
                submitOwn(pool, w, round, 2);
            });
        }
    }

    /** Submitter 1: its tasks, the shutdown, a late task, two awaits, then who is still alive. */
    private static void shutter(ThreadPool pool, Workload w, Round round, Set<Thread> submitters)
            throws InterruptedException {
        long started = System.nanoTime();
        submitOwn(pool, w, round, 1);
        ThreadGroup group = roundGroup();
        if (group != null) {
            round.emit(PoolChecker.cpu(cpu(pool(group, submitters)), System.nanoTime() - started));
        }
        round.pause();
        round.emit(PoolChecker.SHUTDOWN);
        pool.shutdown();
        round.emit(PoolChecker.SHUT);
        submitOne(pool, w, round, w.lateTask());
        awaitTermination(pool, round, SHORT_AWAIT_MILLIS);
        if (awaitTermination(pool, round, LONG_AWAIT_MILLIS) && group != null) {
            long deadline = System.nanoTime() + LINGER_NANOS;
            for (Thread t : pool(group, submitters)) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    TimeUnit.NANOSECONDS.timedJoin(t, left);
                }
                if (t.isAlive()) {
                    round.emit(PoolChecker.alive(t.getName()));
                }
            }
        }
    }

    private static boolean awaitTermination(ThreadPool pool, Round round, long millis) throws InterruptedException {
        round.pause();
        round.emit(PoolChecker.await(millis));
        boolean terminated = pool.awaitTermination(millis, TimeUnit.MILLISECONDS);
        round.emit(PoolChecker.awaited(terminated));
        return terminated;
    }

    /** Submitter {@code k}'s tasks before the shutdown, {@code every} ticks apart. */
    private static void submitOwn(ThreadPool pool, Workload w, Round round, int k) {
        for (int t = k; t <= w.tasks(); t += w.submitters()) {
            if (t > k && w.every() > 0) {
                round.latency(w.every() * Workload.NANOS_PER_TICK);
            }
            submitOne(pool, w, round, t);
        }
    }

    private static void submitOne(ThreadPool pool, Workload w, Round round, int t) {
        Runnable task = task(w, round, t);
        round.pause();
        round.emit(PoolChecker.submit(t));
        boolean accepted;
        try {
            accepted = pool.submit(task);
        } catch (RejectedExecutionException e) {
            accepted = false;
        }
        round.emit(accepted ? PoolChecker.accepted(t) : PoolChecker.rejected(t));
    }

    /** Task {@code t}: records its start, takes the workload's time, records its end. */
    private static Runnable task(Workload w, Round round, int t) {
        return () -> {
            round.pause();
            round.emit(PoolChecker.start(t));
            round.latency(w.takes() * Workload.NANOS_PER_TICK);
            round.emit(PoolChecker.end(t));
            round.pause();
        };
    }

    /**
     * The thread group the judge gave this round, which the pool's threads join by being
     * started from it; null when the round runs in the JVM's main group (a unit test's), where
     * other threads live too and are none of the pool's.
     */
    private static ThreadGroup roundGroup() {
        ThreadGroup g = Thread.currentThread().getThreadGroup();
        return g == null || g.getParent() == null || g.getName().equals("main") ? null : g;
    }

    /** The live threads of {@code group} other than the submitters: the pool's. */
    private static List<Thread> pool(ThreadGroup group, Set<Thread> submitters) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int n = group.enumerate(threads, true);
        List<Thread> pool = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = threads[i];
            if (t != Thread.currentThread() && !submitters.contains(t) && !t.getName().equals(PoolChecker.SUBMITTER_2)
                    && t.isAlive()) {
                pool.add(t);
            }
        }
        return pool;
    }

    private static long cpu(List<Thread> threads) {
        long sum = 0;
        for (Thread t : threads) {
            long c = MX.getThreadCpuTime(t.getId());
            if (c > 0) {
                sum += c;
            }
        }
        return sum;
    }

    /** The round's timeline, one line per tick. */
    @Override
    public String output(Workload w, EventLog log) {
        return PoolChecker.timeline(log.events());
    }

    @Override
    public Optional<Violation> check(Workload w, EventLog log) {
        return PoolChecker.check(w, log.events());
    }

    /** A round that hung may already have run a task twice, or too many at once: that is the answer. */
    @Override
    public Optional<Violation> checkUnfinished(Workload w, EventLog log) {
        return PoolChecker.checkUnfinished(w, log.events());
    }

    @Override
    public List<Class<? extends ThreadPool>> references() {
        return List.of(BlockingQueueThreadPool.class, ExecutorServiceThreadPool.class, ReentrantLockThreadPool.class,
                SemaphoreThreadPool.class, SynchronizedThreadPool.class);
    }
}
