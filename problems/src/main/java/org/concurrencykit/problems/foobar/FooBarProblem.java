package org.concurrencykit.problems.foobar;

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
import org.concurrencykit.problems.spi.Sequences;
import org.concurrencykit.problems.spi.Violation;

/** LeetCode 1115: what a run of Print FooBar Alternately is and what a correct one prints. */
public final class FooBarProblem implements Problem<PrintFooBar, FooBarCase> {
    private static final Pattern INPUT = Pattern.compile(
            "\\s*(?:n\\s*=\\s*)?(\\d{1,7})\\s*(?:,\\s*start\\s*=\\s*\\[\\s*(foo|bar)\\s*,\\s*(foo|bar)\\s*]\\s*)?");
    private static final int[] SIZES = {1, 2, 3, 4, 5, 7, 10, 16, 50, 100, 500, FooBarCase.MAX_N};
    private static final int RANDOM_CASES = 6;

    private static final ProblemInfo INFO = new ProblemInfo(
            "print-foobar-alternately", 1115, "Print FooBar Alternately", Difficulty.MEDIUM, "FooBar",
            List.of("A calls foo()", "B calls bar()"), 10);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<PrintFooBar> solutionType() {
        return PrintFooBar.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of(int.class);
    }

    @Override
    public Object[] constructorArgs(FooBarCase testCase) {
        return new Object[] {testCase.n()};
    }

    @Override
    public List<FooBarCase> examples() {
        return List.of(new FooBarCase(1, false), new FooBarCase(2, false));
    }

    @Override
    public List<FooBarCase> cases(Random random) {
        List<FooBarCase> generated = new ArrayList<>();
        for (int n : SIZES) {
            generated.add(new FooBarCase(n, false));
            generated.add(new FooBarCase(n, true));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(new FooBarCase(1 + random.nextInt(FooBarCase.MAX_N), random.nextBoolean()));
        }
        Collections.shuffle(generated, random);
        List<FooBarCase> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    @Override
    public FooBarCase parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches() || (m.group(2) != null && m.group(2).equals(m.group(3)))) {
            throw new IllegalArgumentException(
                    "expected an input like n = 2 or n = 2, start = [bar,foo], got: " + input);
        }
        return new FooBarCase(Integer.parseInt(m.group(1)), "bar".equals(m.group(2)));
    }

    @Override
    public void run(PrintFooBar fooBar, FooBarCase testCase, Round round) {
        Runnable printFoo = round.callback("foo");
        Runnable printBar = round.callback("bar");
        if (testCase.barFirst()) {
            round.thread("bar", () -> fooBar.bar(printBar));
            round.thread("foo", () -> fooBar.foo(printFoo));
        } else {
            round.thread("foo", () -> fooBar.foo(printFoo));
            round.thread("bar", () -> fooBar.bar(printBar));
        }
    }

    @Override
    public Optional<Violation> check(FooBarCase testCase, EventLog log) {
        List<String> expected = new ArrayList<>(2 * testCase.n());
        for (int i = 0; i < testCase.n(); i++) {
            expected.add("foo");
            expected.add("bar");
        }
        return Sequences.check(expected, i -> expected.get(i), log);
    }

    @Override
    public List<Class<? extends PrintFooBar>> references() {
        return List.of(SynchronizedFooBar.class, ReentrantLockFooBar.class, SemaphoreFooBar.class,
                CyclicBarrierFooBar.class, BlockingQueueFooBar.class, VolatileFooBar.class);
    }
}
