package org.concurrencykit.problems.latch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
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
 * The countdown latch (a classic): how a round runs and what a correct one looks like
 * ({@link LatchChecker}). One thread per call of the case, started in its order; each records
 * its call, makes it, and records the return.
 */
public final class LatchProblem implements Problem<OneShotLatch, LatchCase> {
    private static final Pattern INPUT = Pattern.compile(
            "\\s*count\\s*=\\s*(\\d{1,2})\\s*,\\s*calls\\s*=\\s*\\[([A-Za-z,\\s]*)]\\s*");
    /**
     * Count, then the calls: waiters before the count-downs (an if instead of a while, a
     * notify that wakes one waiter of two), count-downs past zero before a waiter, a latch
     * that never opens with timed waiters (a wait that gives up early), a latch open from the
     * start, and the largest cases.
     */
    private static final String[][] SHAPES = {
        {"1", "await", "await", "countDown"},
        {"2", "await", "await", "countDown", "countDown"},
        {"1", "countDown", "countDown", "await"},
        {"2", "countDown", "awaitFor", "countDown", "countDown", "await"},
        {"3", "awaitFor", "awaitFor", "countDown", "countDown"},
        {"0", "await", "awaitFor"},
        {"2", "awaitFor", "countDown", "await", "countDown", "awaitFor"},
        {"4", "await", "countDown", "countDown", "awaitFor", "countDown", "countDown", "await", "countDown"},
        {"4", "awaitFor", "countDown", "countDown", "countDown", "countDown", "await", "awaitFor"},
    };
    /** Generated cases per shape: the shape's own order, then shuffled ones. */
    private static final int ORDERS = 2;

    private static final ProblemInfo INFO = new ProblemInfo(
            "countdown-latch", 0, "Countdown Latch", Difficulty.EASY, "Latch",
            List.of("countDown-k calls countDown() once", "await-k calls await()",
                    "awaitFor-k calls await(10, MILLISECONDS)"), 8);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<OneShotLatch> solutionType() {
        return OneShotLatch.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of(int.class);
    }

    @Override
    public Object[] constructorArgs(LatchCase testCase) {
        return new Object[] {testCase.count()};
    }

    /** A waiter released by the second count-down; a latch that never opens and a timed waiter. */
    @Override
    public List<LatchCase> examples() {
        return List.of(parse("count = 2, calls = [await,countDown,countDown]"),
                parse("count = 3, calls = [awaitFor,countDown,countDown]"));
    }

    /**
     * Untimed waiters only, and no two waiters (the model checker treats {@code notify} as
     * {@code notifyAll}, so only stress can show a lost waiter): a waiter released early, and
     * count-downs past zero before a waiter. The exploration tries every order itself.
     */
    @Override
    public List<LatchCase> smallCases() {
        return List.of(parse("count = 2, calls = [await,countDown,countDown]"),
                parse("count = 1, calls = [countDown,countDown,await]"));
    }

    @Override
    public List<LatchCase> cases(Random random) {
        List<LatchCase> cases = new ArrayList<>(examples());
        for (String[] shape : SHAPES) {
            List<String> calls = new ArrayList<>(List.of(shape).subList(1, shape.length));
            cases.add(new LatchCase(Integer.parseInt(shape[0]), calls));
            for (int i = 1; i < ORDERS; i++) {
                Collections.shuffle(calls, random);
                cases.add(new LatchCase(Integer.parseInt(shape[0]), calls));
            }
        }
        return cases;
    }

    @Override
    public LatchCase parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an input like count = 2, calls = [await,countDown,countDown],"
                    + " got: " + input);
        }
        List<String> calls = new ArrayList<>();
        for (String c : m.group(2).split(",")) {
            if (!c.isBlank()) {
                calls.add(c.strip());
            }
        }
        try {
            return new LatchCase(Integer.parseInt(m.group(1)), calls);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad input (" + e.getMessage() + "): " + input);
        }
    }

    @Override
    public void run(OneShotLatch latch, LatchCase testCase, Round round) {
        Map<String, Integer> seen = new HashMap<>();
        for (String call : testCase.calls()) {
            String name = call + "-" + seen.merge(call, 1, Integer::sum);
            switch (call) {
                case LatchCase.COUNT_DOWN -> round.thread(name, () -> {
                    round.pause();
                    round.emit(LatchChecker.COUNT_DOWN);
                    round.pause();
                    latch.countDown();
                    round.emit(LatchChecker.COUNT_DOWN_RETURNED);
                });
                case LatchCase.AWAIT -> round.thread(name, () -> {
                    round.pause();
                    round.emit(LatchChecker.AWAIT);
                    round.pause();
                    latch.await();
                    round.emit(LatchChecker.AWAIT_RETURNED);
                });
                default -> round.thread(name, () -> {
                    round.pause();
                    // no pause between the record and the call: the time waited is measured from the record
                    round.emit(LatchChecker.AWAIT_FOR);
                    boolean opened = latch.await(LatchChecker.TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                    round.emit(opened ? LatchChecker.AWAIT_FOR_TRUE : LatchChecker.AWAIT_FOR_FALSE);
                });
            }
        }
    }

    @Override
    public String output(LatchCase testCase, EventLog log) {
        return LatchChecker.timeline(log.events());
    }

    @Override
    public Optional<Violation> check(LatchCase testCase, EventLog log) {
        return LatchChecker.check(testCase, log.events());
    }

    /** A waiter released while the latch was closed is wrong, whatever hung after it. */
    @Override
    public Optional<Violation> checkUnfinished(LatchCase testCase, EventLog log) {
        return LatchChecker.checkUnfinished(testCase, log.events());
    }

    @Override
    public List<Class<? extends OneShotLatch>> references() {
        return List.of(SynchronizedLatch.class, ReentrantLockLatch.class, SemaphoreLatch.class,
                CountDownLatchLatch.class, CompletableFutureLatch.class);
    }
}
