package org.concurrencykit.problems.barrier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;

/**
 * The reusable barrier (a classic, after the two-turnstile pattern): how a round runs and
 * what a correct one looks like ({@link LapCheck}).
 *
 * <p>The round registers one thread per party, {@code thread-1} to {@code thread-n}, in the
 * case's start order. Each runs the case's phases: in phase k it calls a callback that
 * records {@code phase k} (with adversarial pauses around it), then calls the solution's
 * {@code await()}; after the last one returns it records {@code done}. Every thread is the
 * judge's, so the model checker can schedule them all.
 */
public final class ReusableBarrierProblem implements Problem<ReusableBarrier, Meeting> {
    private static final String EXAMPLE = "threads = 3, phases = 2";
    private static final Pattern INPUT = Pattern.compile("\\s*threads\\s*=\\s*(\\d{1,3})\\s*,\\s*phases\\s*=\\s*"
            + "(\\d{1,3})\\s*(?:,\\s*start\\s*=\\s*\\[([\\d\\s,]*)]\\s*)?");
    /**
     * Threads and phases of the generated cases, each in both start orders: two threads
     * (where a barrier that lets a thread through alone is seen at once), a crowd meeting
     * twice, long runs of phases where a turnstile left open shows, and the largest meeting.
     */
    private static final int[][] SHAPES = {
        {1, 3}, {2, 12}, {3, 6}, {4, 4}, {5, 8}, {8, 2}, {3, 15}, {6, 10},
        {Meeting.MAX_THREADS, Meeting.MAX_PHASES},
    };
    private static final int RANDOM_CASES = 4;

    private static final ProblemInfo INFO = new ProblemInfo(
            "reusable-barrier", 0, "Reusable Barrier", Difficulty.MEDIUM, "Barrier",
            List.of("thread-1..8 each run phases 1..p: phase k's callback, then await()"), 8);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<ReusableBarrier> solutionType() {
        return ReusableBarrier.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of(int.class);
    }

    @Override
    public Object[] constructorArgs(Meeting meeting) {
        return new Object[] {meeting.threads()};
    }

    /** Two threads that meet three times, then three that meet twice. */
    @Override
    public List<Meeting> examples() {
        return List.of(new Meeting(2, 3), parse(EXAMPLE));
    }

    /**
     * Two threads for three phases (a thread lapping another shows as its third phase before
     * the other's second) and three threads for two phases (a barrier that opens early).
     */
    @Override
    public List<Meeting> smallCases() {
        return List.of(new Meeting(2, 3), new Meeting(3, 2));
    }

    @Override
    public List<Meeting> cases(Random random) {
        List<Meeting> generated = new ArrayList<>();
        for (int[] s : SHAPES) {
            Meeting m = new Meeting(s[0], s[1]);
            generated.add(m);
            if (s[0] > 1) {
                generated.add(m.reversed());
            }
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            int n = 1 + random.nextInt(Meeting.MAX_THREADS);
            List<Integer> start = new ArrayList<>(Meeting.inOrder(n));
            Collections.shuffle(start, random);
            generated.add(new Meeting(n, 1 + random.nextInt(Meeting.MAX_PHASES), start));
        }
        Collections.shuffle(generated, random);
        List<Meeting> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    @Override
    public Meeting parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an input like " + EXAMPLE
                    + " (optionally followed by , start = [3,1,2]), got: " + input);
        }
        try {
            int threads = Integer.parseInt(m.group(1));
            int phases = Integer.parseInt(m.group(2));
            return m.group(3) == null ? new Meeting(threads, phases) : new Meeting(threads, phases, start(m.group(3)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad input (" + e.getMessage() + "): " + input);
        }
    }

    private static List<Integer> start(String items) {
        List<Integer> start = new ArrayList<>();
        for (String item : items.split(",", -1)) {
            if (!item.strip().matches("\\d{1,2}")) {
                throw new IllegalArgumentException("\"" + item.strip() + "\" in start is not a thread number");
            }
            start.add(Integer.valueOf(item.strip()));
        }
        return start;
    }

    @Override
    public void run(ReusableBarrier barrier, Meeting meeting, Round round) {
        for (int t : meeting.start()) {
            List<Runnable> phases = new ArrayList<>();
            for (int k = 1; k <= meeting.phases(); k++) {
                phases.add(round.callback(LapCheck.token(k)));
            }
            round.thread(LapCheck.threadName(t), () -> {
                for (Runnable phase : phases) {
                    phase.run();
                    barrier.await();
                }
                round.emit(LapCheck.DONE);
            });
        }
    }

    /** One line per phase a thread did, in the order they happened: {@code thread-2 phase 1} (not the done marks). */
    @Override
    public String output(Meeting meeting, EventLog log) {
        List<String> lines = new ArrayList<>();
        for (Event e : log.events()) {
            if (!e.token().equals(LapCheck.DONE)) {
                lines.add(LapCheck.line(e));
            }
        }
        return String.join("\n", lines);
    }

    @Override
    public Optional<Violation> check(Meeting meeting, EventLog log) {
        return LapCheck.check(meeting, log.events());
    }

    /** A round that hung after a thread lapped another: the lap is the answer. */
    @Override
    public Optional<Violation> checkUnfinished(Meeting meeting, EventLog log) {
        return LapCheck.checkUnfinished(meeting, log.events());
    }

    @Override
    public List<Class<? extends ReusableBarrier>> references() {
        return List.of(SynchronizedReusableBarrier.class, ReentrantLockReusableBarrier.class,
                SemaphoreReusableBarrier.class, CyclicBarrierReusableBarrier.class, PhaserReusableBarrier.class);
    }
}
