package org.concurrencykit.problems.verificationqueue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;

/**
 * The verification queue (a classic interview question): how a round runs and what a correct
 * one looks like ({@link StoryChecker}).
 *
 * <p>One thread, the arrivals, plays the users: it calls {@code join(u, verify)} for users 1
 * to n, waiting the story's {@code every} seconds between two, then calls {@code close()}.
 * The solution's own threads call {@code verify.accept(referee)}, which records the start,
 * holds the thread for the story's {@code takes} seconds and records the end. Time runs
 * scaled: a story second is {@link Story#NANOS_PER_SECOND}. Before closing, the arrivals
 * record the CPU time the solution's threads used; after {@code close()} returns, they wait a
 * little for the solution's threads to end and record any that did not.
 *
 * <p>The solution starts its own threads, which the model checker cannot schedule: this
 * problem is judged by the stress engine.
 */
public final class VerificationQueueProblem implements Problem<VerificationQueue, Story> {
    private static final String EXAMPLE = "users = 5, referees = 2, every = 2, takes = 4";
    private static final Pattern INPUT = Pattern.compile("\\s*users\\s*=\\s*(\\d{1,3})\\s*,\\s*referees\\s*=\\s*"
            + "(\\d{1,3})\\s*,\\s*every\\s*=\\s*(\\d{1,3})\\s*,\\s*takes\\s*=\\s*(\\d{1,3})\\s*");
    /**
     * Users, referees, every, takes. Bursts (every = 0) with long verifications, where a lock
     * held while verifying leaves referees idle and an early stop loses users; a queue that
     * grows behind one referee; slow arrivals, where referees wait long and a spinning one
     * shows; and the largest stories.
     */
    private static final int[][] SHAPES = {
        {1, 1, 0, 1}, {8, 1, 1, 2}, {12, 4, 0, 4}, {6, 2, 4, 1}, {10, 3, 1, 5}, {20, 2, 0, 2},
        {9, 4, 3, 4}, {Story.MAX_USERS, Story.MAX_REFEREES, 1, Story.MAX_TAKES}, {Story.MAX_USERS, 3, 2, 5},
    };
    private static final int RANDOM_CASES = 2;
    /** How long, after close() returns, the solution's threads get to end. */
    private static final long LINGER_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private static final ProblemInfo INFO = new ProblemInfo(
            "verification-queue", 0, "Verification Queue", Difficulty.MEDIUM, "VerificationQueue",
            List.of("arrivals calls join(user, verify) for each user, then close()",
                    "the solution's own threads (the referees) call verify.accept(referee)"), 2);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<VerificationQueue> solutionType() {
        return VerificationQueue.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of(int.class);
    }

    @Override
    public Object[] constructorArgs(Story story) {
        return new Object[] {story.referees()};
    }

    /** The story itself, and a burst: four users at once for two referees. */
    @Override
    public List<Story> examples() {
        return List.of(parse(EXAMPLE), new Story(4, 2, 0, 3));
    }

    @Override
    public List<Story> cases(Random random) {
        List<Story> generated = new ArrayList<>();
        for (int[] s : SHAPES) {
            generated.add(new Story(s[0], s[1], s[2], s[3]));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(new Story(1 + random.nextInt(Story.MAX_USERS), 1 + random.nextInt(Story.MAX_REFEREES),
                    random.nextInt(Story.MAX_EVERY + 1), 1 + random.nextInt(Story.MAX_TAKES)));
        }
        Collections.shuffle(generated, random);
        List<Story> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    @Override
    public Story parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an input like " + EXAMPLE + ", got: " + input);
        }
        try {
            return new Story(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad input (" + e.getMessage() + "): " + input);
        }
    }

    @Override
    public void run(VerificationQueue queue, Story story, Round round) {
        round.thread(StoryChecker.ARRIVALS, () -> arrive(queue, story, round));
    }

    private static void arrive(VerificationQueue queue, Story story, Round round) throws InterruptedException {
        long started = System.nanoTime();
        for (int u = 1; u <= story.users(); u++) {
            if (u > 1 && story.every() > 0) {
                round.latency(story.every() * Story.NANOS_PER_SECOND);
            }
            IntConsumer verify = verification(story, round, u);
            round.pause();
            round.emit(StoryChecker.join(u));
            queue.join(u, verify);
            round.emit(StoryChecker.joined(u));
        }
        ThreadGroup group = roundGroup();
        if (group != null) {
            round.emit(StoryChecker.cpu(cpu(others(group)), System.nanoTime() - started));
        }
        round.pause();
        round.emit(StoryChecker.CLOSE);
        queue.close();
        round.emit(StoryChecker.CLOSED);
        if (group != null) {
            long deadline = System.nanoTime() + LINGER_NANOS;
            for (Thread t : others(group)) {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    TimeUnit.NANOSECONDS.timedJoin(t, left);
                }
                if (t.isAlive()) {
                    round.emit(StoryChecker.alive(t.getName()));
                }
            }
        }
    }

    /** The callback verifying {@code user}: records the start, takes the story's time, records the end. */
    private static IntConsumer verification(Story story, Round round, int user) {
        return referee -> {
            round.pause();
            round.emit(StoryChecker.start(referee, user));
            round.latency(story.takes() * Story.NANOS_PER_SECOND);
            round.emit(StoryChecker.end(referee, user));
            round.pause();
        };
    }

    /**
     * The thread group the judge gave this round, which the solution's threads join by being
     * started from it; null when the round runs in the JVM's main group (a unit test's), where
     * other threads live too and are none of the solution's.
     */
    private static ThreadGroup roundGroup() {
        ThreadGroup g = Thread.currentThread().getThreadGroup();
        return g == null || g.getParent() == null || g.getName().equals("main") ? null : g;
    }

    /** The live threads of {@code group} other than the calling one. */
    private static List<Thread> others(ThreadGroup group) {
        Thread[] threads = new Thread[group.activeCount() + 16];
        int n = group.enumerate(threads, true);
        List<Thread> others = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (threads[i] != Thread.currentThread() && threads[i].isAlive()) {
                others.add(threads[i]);
            }
        }
        return others;
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

    /** The story's timeline, one line per story second. */
    @Override
    public String output(Story story, EventLog log) {
        return StoryChecker.timeline(log.events());
    }

    @Override
    public Optional<Violation> check(Story story, EventLog log) {
        return StoryChecker.check(story, log.events());
    }

    /** A round that hung may already have served a user twice, or out of order: that is the answer. */
    @Override
    public Optional<Violation> checkUnfinished(Story story, EventLog log) {
        return StoryChecker.checkUnfinished(story, log.events());
    }

    @Override
    public List<Class<? extends VerificationQueue>> references() {
        return List.of(BlockingQueueVerificationQueue.class, ExecutorServiceVerificationQueue.class,
                ReentrantLockVerificationQueue.class, SemaphoreVerificationQueue.class,
                SynchronizedVerificationQueue.class);
    }
}
