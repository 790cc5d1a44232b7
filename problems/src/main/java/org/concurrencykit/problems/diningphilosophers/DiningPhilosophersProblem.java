package org.concurrencykit.problems.diningphilosophers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;

/**
 * LeetCode 1226: what a run of The Dining Philosophers is and what a correct one does.
 *
 * <p>Five threads, {@code philosopher-0} to {@code philosopher-4}, each call
 * {@code wantsToEat} n times with callbacks that record LeetCode's
 * {@code [philosopher, fork, operation]} triples. {@link DiningCheck} replays the log.
 */
public final class DiningPhilosophersProblem implements Problem<Philosophers, Dinner> {
    private static final Pattern INPUT = Pattern.compile("\\s*(?:n\\s*=\\s*)?(\\d{1,7})\\s*"
            + "(?:,\\s*start\\s*=\\s*\\[\\s*(\\d)\\s*,\\s*(\\d)\\s*,\\s*(\\d)\\s*,\\s*(\\d)\\s*,\\s*(\\d)\\s*]\\s*)?");
    private static final int[] SIZES = {1, 2, 3, 5, 10, 20, 30, 45, Dinner.MAX_N};
    private static final int RANDOM_CASES = 6;

    private static final ProblemInfo INFO = new ProblemInfo(
            "the-dining-philosophers", 1226, "The Dining Philosophers", Difficulty.MEDIUM, "DiningPhilosophers",
            List.of("philosopher-0 calls wantsToEat(0, ...) n times", "philosopher-1 calls wantsToEat(1, ...) n times",
                    "philosopher-2 calls wantsToEat(2, ...) n times", "philosopher-3 calls wantsToEat(3, ...) n times",
                    "philosopher-4 calls wantsToEat(4, ...) n times"), 100);

    /** The name of philosopher {@code p}'s thread. */
    static String threadName(int p) {
        return "philosopher-" + p;
    }

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<Philosophers> solutionType() {
        return Philosophers.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of();
    }

    @Override
    public Object[] constructorArgs(Dinner testCase) {
        return new Object[0];
    }

    @Override
    public List<Dinner> examples() {
        return List.of(new Dinner(1));
    }

    @Override
    public List<Dinner> cases(Random random) {
        List<Dinner> generated = new ArrayList<>();
        List<Integer> reversed = new ArrayList<>(Dinner.IN_ORDER);
        Collections.reverse(reversed);
        for (int n : SIZES) {
            generated.add(new Dinner(n));
            generated.add(new Dinner(n, reversed));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            List<Integer> start = new ArrayList<>(Dinner.IN_ORDER);
            Collections.shuffle(start, random);
            generated.add(new Dinner(1 + random.nextInt(Dinner.MAX_N), start));
        }
        Collections.shuffle(generated, random);
        List<Dinner> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    @Override
    public Dinner parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an input like n = 1 or n = 3, start = [4,0,2,1,3], got: " + input);
        }
        int n = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new Dinner(n);
        }
        List<Integer> start = new ArrayList<>();
        for (int g = 2; g <= 6; g++) {
            start.add(Integer.valueOf(m.group(g)));
        }
        return new Dinner(n, start);
    }

    @Override
    public void run(Philosophers table, Dinner dinner, Round round) {
        for (int p : dinner.start()) {
            Runnable pickLeft = round.callback(Step.PICK_LEFT.token(p));
            Runnable pickRight = round.callback(Step.PICK_RIGHT.token(p));
            Runnable eat = round.callback(Step.EAT.token(p));
            Runnable putLeft = round.callback(Step.PUT_LEFT.token(p));
            Runnable putRight = round.callback(Step.PUT_RIGHT.token(p));
            round.thread(threadName(p), () -> {
                for (int i = 0; i < dinner.n(); i++) {
                    table.wantsToEat(p, pickLeft, pickRight, eat, putLeft, putRight);
                }
            });
        }
    }

    /** The actions as LeetCode prints them: {@code [[4,2,1],[4,1,1],[0,1,1],...]}. */
    @Override
    public String output(Dinner dinner, EventLog log) {
        return DiningCheck.leetCodeOutput(log.events());
    }

    @Override
    public Optional<Violation> check(Dinner dinner, EventLog log) {
        return DiningCheck.check(dinner, log);
    }

    @Override
    public List<Class<? extends Philosophers>> references() {
        return List.of(SynchronizedDiningPhilosophers.class, ReentrantLockDiningPhilosophers.class,
                SemaphoreDiningPhilosophers.class, AtomicIntegerArrayDiningPhilosophers.class,
                BlockingQueueDiningPhilosophers.class);
    }
}
