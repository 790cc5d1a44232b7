package org.concurrencykit.problems.printinorder;

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

/** LeetCode 1114: what a run of Print in Order is and what a correct one prints. */
public final class PrintInOrderProblem implements Problem<PrintInOrder, StartOrder> {
    private static final List<String> STEPS = List.of("first", "second", "third");
    private static final Pattern INPUT = Pattern.compile(
            "\\s*(?:nums\\s*=\\s*)?\\[\\s*(\\d)\\s*,\\s*(\\d)\\s*,\\s*(\\d)\\s*]\\s*");

    private static final ProblemInfo INFO = new ProblemInfo(
            "print-in-order", 1114, "Print in Order", Difficulty.EASY, "Foo",
            List.of("A calls first()", "B calls second()", "C calls third()"), 50);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<PrintInOrder> solutionType() {
        return PrintInOrder.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of();
    }

    @Override
    public Object[] constructorArgs(StartOrder testCase) {
        return new Object[0];
    }

    @Override
    public List<StartOrder> examples() {
        return List.of(new StartOrder(List.of(1, 2, 3)), new StartOrder(List.of(1, 3, 2)));
    }

    /** One start order: the exploration tries every order in which the three threads run. */
    @Override
    public List<StartOrder> smallCases() {
        return List.of(new StartOrder(List.of(1, 2, 3)));
    }

    @Override
    public List<StartOrder> cases(Random random) {
        List<StartOrder> cases = new ArrayList<>(examples());
        List<List<Integer>> orders = permutations();
        Collections.shuffle(orders, random);
        for (List<Integer> order : orders) {
            cases.add(new StartOrder(order));
        }
        return cases;
    }

    private static List<List<Integer>> permutations() {
        List<List<Integer>> all = new ArrayList<>();
        for (int a = 1; a <= 3; a++) {
            for (int b = 1; b <= 3; b++) {
                if (b != a) {
                    all.add(List.of(a, b, 6 - a - b));
                }
            }
        }
        return all;
    }

    @Override
    public StartOrder parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an input like nums = [1,3,2], got: " + input);
        }
        return new StartOrder(List.of(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)),
                Integer.valueOf(m.group(3))));
    }

    @Override
    public void run(PrintInOrder foo, StartOrder testCase, Round round) {
        for (int step : testCase.nums()) {
            String name = STEPS.get(step - 1);
            Runnable print = round.callback(name);
            switch (step) {
                case 1 -> round.thread(name, () -> foo.first(print));
                case 2 -> round.thread(name, () -> foo.second(print));
                default -> round.thread(name, () -> foo.third(print));
            }
        }
    }

    @Override
    public Optional<Violation> check(StartOrder testCase, EventLog log) {
        return Sequences.check(STEPS, STEPS::get, log);
    }

    @Override
    public List<Class<? extends PrintInOrder>> references() {
        return List.of(SynchronizedPrintInOrder.class, ReentrantLockPrintInOrder.class,
                SemaphorePrintInOrder.class, CountDownLatchPrintInOrder.class,
                CompletableFuturePrintInOrder.class, AtomicIntegerPrintInOrder.class);
    }
}
