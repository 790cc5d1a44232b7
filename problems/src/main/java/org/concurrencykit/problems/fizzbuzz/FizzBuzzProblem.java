package org.concurrencykit.problems.fizzbuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Sequences;
import org.concurrencykit.problems.spi.Violation;

/** LeetCode 1195: what a run of Fizz Buzz Multithreaded is and what a correct one prints. */
public final class FizzBuzzProblem implements Problem<PrintFizzBuzz, FizzBuzzCase> {
    private static final Pattern INPUT = Pattern.compile(
            "\\s*(?:n\\s*=\\s*)?(\\d{1,7})\\s*(?:,\\s*start\\s*=\\s*\\[([^\\]]*)]\\s*)?");
    /** Tried in all 24 start orders: the first n where every thread has something to print. */
    private static final int EVERY_ORDER_SIZE = 15;
    /** Sizes tried once each, in a random start order: LeetCode's range, then beyond it. */
    private static final int[] SIZES = {1, 2, 3, 4, 5, 6, 9, 10, 14, 16, 29, 30, 31, 45, 49,
            FizzBuzzCase.LEETCODE_MAX_N, 100, 250, 500, 999, FizzBuzzCase.MAX_N};
    private static final int RANDOM_SMALL_CASES = 4;
    private static final int RANDOM_LARGE_CASES = 3;

    private static final ProblemInfo INFO = new ProblemInfo(
            "fizz-buzz-multithreaded", 1195, "Fizz Buzz Multithreaded", Difficulty.MEDIUM, "FizzBuzz",
            List.of("A calls fizz()", "B calls buzz()", "C calls fizzbuzz()", "D calls number()"), 8);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<PrintFizzBuzz> solutionType() {
        return PrintFizzBuzz.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of(int.class);
    }

    @Override
    public Object[] constructorArgs(FizzBuzzCase testCase) {
        return new Object[] {testCase.n()};
    }

    @Override
    public List<FizzBuzzCase> examples() {
        return List.of(new FizzBuzzCase(15), new FizzBuzzCase(5));
    }

    @Override
    public List<FizzBuzzCase> cases(Random random) {
        List<FizzBuzzCase> generated = new ArrayList<>();
        List<List<String>> orders = startOrders();
        for (List<String> order : orders) {
            generated.add(new FizzBuzzCase(EVERY_ORDER_SIZE, order));
        }
        for (int n : SIZES) {
            generated.add(new FizzBuzzCase(n, orders.get(random.nextInt(orders.size()))));
        }
        for (int i = 0; i < RANDOM_SMALL_CASES + RANDOM_LARGE_CASES; i++) {
            int max = i < RANDOM_SMALL_CASES ? FizzBuzzCase.LEETCODE_MAX_N : FizzBuzzCase.MAX_N;
            generated.add(new FizzBuzzCase(1 + random.nextInt(max), orders.get(random.nextInt(orders.size()))));
        }
        Collections.shuffle(generated, random);
        List<FizzBuzzCase> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    /** The 24 orders of the four threads. */
    private static List<List<String>> startOrders() {
        List<List<String>> orders = List.of(List.of());
        for (int k = 0; k < FizzBuzzCase.THREADS.size(); k++) {
            List<List<String>> longer = new ArrayList<>();
            for (List<String> order : orders) {
                for (String t : FizzBuzzCase.THREADS) {
                    if (!order.contains(t)) {
                        List<String> next = new ArrayList<>(order);
                        next.add(t);
                        longer.add(List.copyOf(next));
                    }
                }
            }
            orders = longer;
        }
        return orders;
    }

    @Override
    public FizzBuzzCase parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "expected an input like n = 15 or n = 15, start = [number,fizz,buzz,fizzbuzz], got: " + input);
        }
        int n = Integer.parseInt(m.group(1));
        if (m.group(2) == null) {
            return new FizzBuzzCase(n);
        }
        List<String> start = new ArrayList<>();
        for (String t : m.group(2).split(",", -1)) {
            start.add(t.strip());
        }
        return new FizzBuzzCase(n, start);
    }

    @Override
    public void run(PrintFizzBuzz fizzBuzz, FizzBuzzCase testCase, Round round) {
        Runnable printFizz = round.callback("fizz");
        Runnable printBuzz = round.callback("buzz");
        Runnable printFizzBuzz = round.callback("fizzbuzz");
        IntConsumer printNumber = round.numberCallback();
        for (String t : testCase.start()) {
            switch (t) {
                case "fizz" -> round.thread(t, () -> fizzBuzz.fizz(printFizz));
                case "buzz" -> round.thread(t, () -> fizzBuzz.buzz(printBuzz));
                case "fizzbuzz" -> round.thread(t, () -> fizzBuzz.fizzbuzz(printFizzBuzz));
                default -> round.thread(t, () -> fizzBuzz.number(printNumber));
            }
        }
    }

    /**
     * Output i (from 1) is {@link #word(int)} printed by thread {@link #owner(int)}. A
     * violation at an output that was due also says which rule decides it, and lists the
     * outputs before it one by one (joined, "fizz" then "buzz" would read as "fizzbuzz").
     */
    @Override
    public Optional<Violation> check(FizzBuzzCase testCase, EventLog log) {
        List<String> expected = new ArrayList<>(testCase.n());
        for (int i = 1; i <= testCase.n(); i++) {
            expected.add(word(i));
        }
        Optional<Violation> v = Sequences.check(expected, k -> owner(k + 1), log);
        List<Event> events = log.events();
        int k = v.isEmpty() ? -1 : firstWrong(expected, events);
        if (k < 0) {
            return v;
        }
        String message = k < events.size() && !events.get(k).token().equals(expected.get(k))
                ? String.format("output #%d was \"%s\" but \"%s\" was due (after %s)",
                        k + 1, events.get(k).token(), expected.get(k), before(events, k))
                : v.get().message();
        return Optional.of(new Violation(v.get().expected(), v.get().actual(), message + "; " + rule(k + 1)));
    }

    /** The last few outputs before index k, one by one. */
    private static String before(List<Event> events, int k) {
        if (k == 0) {
            return "nothing";
        }
        List<String> tokens = new ArrayList<>();
        int from = Math.max(0, k - 6);
        if (from > 0) {
            tokens.add("...");
        }
        for (int j = from; j < k; j++) {
            tokens.add(events.get(j).token());
        }
        return String.join(", ", tokens);
    }

    /** What a correct game says at i. */
    static String word(int i) {
        String owner = owner(i);
        return owner.equals("number") ? Integer.toString(i) : owner;
    }

    /** The thread that must print at i. */
    static String owner(int i) {
        if (i % 15 == 0) {
            return "fizzbuzz";
        }
        if (i % 3 == 0) {
            return "fizz";
        }
        return i % 5 == 0 ? "buzz" : "number";
    }

    /** Why i is what it is, for a learner who printed something else there. */
    static String rule(int i) {
        if (i % 15 == 0) {
            return i + " is a multiple of both 3 and 5, so thread fizzbuzz prints \"fizzbuzz\" there";
        }
        if (i % 3 == 0) {
            return i + " is a multiple of 3 but not of 5, so thread fizz prints \"fizz\" there";
        }
        if (i % 5 == 0) {
            return i + " is a multiple of 5 but not of 3, so thread buzz prints \"buzz\" there";
        }
        return i + " is a multiple of neither 3 nor 5, so thread number prints \"" + i + "\" there";
    }

    /** Index of the first due output that is wrong or missing, or -1 when only extra outputs are wrong. */
    private static int firstWrong(List<String> expected, List<Event> events) {
        for (int k = 0; k < expected.size(); k++) {
            if (k >= events.size() || !events.get(k).token().equals(expected.get(k))
                    || !events.get(k).thread().equals(owner(k + 1))) {
                return k;
            }
        }
        return -1;
    }

    @Override
    public List<Class<? extends PrintFizzBuzz>> references() {
        return List.of(SynchronizedFizzBuzz.class, ReentrantLockFizzBuzz.class, SemaphoreFizzBuzz.class,
                PhaserFizzBuzz.class, AtomicIntegerFizzBuzz.class);
    }
}
