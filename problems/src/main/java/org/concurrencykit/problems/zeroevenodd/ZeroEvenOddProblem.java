package org.concurrencykit.problems.zeroevenodd;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Sequences;
import org.concurrencykit.problems.spi.Violation;

/** LeetCode 1116: what a run of Print Zero Even Odd is and what a correct one prints. */
public final class ZeroEvenOddProblem implements Problem<PrintZeroEvenOdd, ZeroEvenOddCase> {
    private static final Pattern INPUT = Pattern.compile(
            "\\s*(?:n\\s*=\\s*)?(\\d{1,7})\\s*(?:,\\s*start\\s*=\\s*\\[([^\\]]*)]\\s*)?");
    /** Sizes tried in every start order: n = 1 leaves even() nothing to print, n = 4 needs every hand-over. */
    private static final int[] EVERY_ORDER_SIZES = {1, 4};
    /** Sizes tried once each, in a random start order. */
    private static final int[] SIZES = {2, 3, 6, 7, 10, 16, 33, 64, 101, 250, 500, 999, ZeroEvenOddCase.MAX_N};
    private static final int RANDOM_CASES = 6;

    private static final ProblemInfo INFO = new ProblemInfo(
            "print-zero-even-odd", 1116, "Print Zero Even Odd", Difficulty.MEDIUM, "ZeroEvenOdd",
            List.of("A calls zero()", "B calls even()", "C calls odd()"), 10);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<PrintZeroEvenOdd> solutionType() {
        return PrintZeroEvenOdd.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of(int.class);
    }

    @Override
    public Object[] constructorArgs(ZeroEvenOddCase testCase) {
        return new Object[] {testCase.n()};
    }

    @Override
    public List<ZeroEvenOddCase> examples() {
        return List.of(new ZeroEvenOddCase(2), new ZeroEvenOddCase(5));
    }

    @Override
    public List<ZeroEvenOddCase> cases(Random random) {
        List<ZeroEvenOddCase> generated = new ArrayList<>();
        List<List<String>> orders = startOrders();
        for (int n : EVERY_ORDER_SIZES) {
            for (List<String> order : orders) {
                generated.add(new ZeroEvenOddCase(n, order));
            }
        }
        for (int n : SIZES) {
            generated.add(new ZeroEvenOddCase(n, orders.get(random.nextInt(orders.size()))));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(new ZeroEvenOddCase(1 + random.nextInt(ZeroEvenOddCase.MAX_N),
                    orders.get(random.nextInt(orders.size()))));
        }
        Collections.shuffle(generated, random);
        List<ZeroEvenOddCase> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    /** The six orders of the three threads. */
    private static List<List<String>> startOrders() {
        List<List<String>> all = new ArrayList<>();
        for (String a : ZeroEvenOddCase.THREADS) {
            for (String b : ZeroEvenOddCase.THREADS) {
                for (String c : ZeroEvenOddCase.THREADS) {
                    if (!a.equals(b) && !a.equals(c) && !b.equals(c)) {
                        all.add(List.of(a, b, c));
                    }
                }
            }
        }
        return all;
    }

    @Override
    public ZeroEvenOddCase parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "expected an input like n = 5 or n = 5, start = [odd,zero,even], got: " + input);
        }
        int n = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new ZeroEvenOddCase(n);
        }
        List<String> start = new ArrayList<>();
        for (String t : m.group(2).split(",", -1)) {
            start.add(t.strip());
        }
        return new ZeroEvenOddCase(n, start);
    }

    @Override
    public void run(PrintZeroEvenOdd zeroEvenOdd, ZeroEvenOddCase testCase, Round round) {
        IntConsumer printNumber = round.numberCallback();
        for (String t : testCase.start()) {
            switch (t) {
                case "zero" -> round.thread(t, () -> zeroEvenOdd.zero(printNumber));
                case "even" -> round.thread(t, () -> zeroEvenOdd.even(printNumber));
                default -> round.thread(t, () -> zeroEvenOdd.odd(printNumber));
            }
        }
    }

    /**
     * Output i (from 0) is "0" by thread zero when i is even, else the number (i + 1) / 2 by
     * thread odd or even according to its parity.
     */
    @Override
    public Optional<Violation> check(ZeroEvenOddCase testCase, EventLog log) {
        List<String> expected = new ArrayList<>(testCase.size());
        for (int k = 1; k <= testCase.n(); k++) {
            expected.add("0");
            expected.add(Integer.toString(k));
        }
        return Sequences.check(expected, ZeroEvenOddProblem::owner, log);
    }

    /** The thread that must print output i (from 0). */
    static String owner(int i) {
        if (i % 2 == 0) {
            return "zero";
        }
        return ((i + 1) / 2) % 2 == 1 ? "odd" : "even";
    }

    @Override
    public List<Class<? extends PrintZeroEvenOdd>> references() {
        return List.of(SynchronizedZeroEvenOdd.class, ReentrantLockZeroEvenOdd.class, SemaphoreZeroEvenOdd.class,
                BlockingQueueZeroEvenOdd.class, VolatileZeroEvenOdd.class);
    }
}
