package org.concurrencykit.problems.producerconsumer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;

/**
 * Producer-Consumer with shutdown (a classic): how a round runs, and what a correct one looks
 * like ({@link BufferChecker}).
 *
 * <p>A round starts the producers and the consumers (in the case's start order). Each
 * producer puts its run of items; the producer whose last {@code put} returns last then
 * calls {@code close()}. Each consumer calls {@code take()} until it returns -1. Every call is
 * recorded by a call event just before it and a return event just after it, with adversarial
 * pauses between calls. All threads are the round's own, so the model checker can schedule
 * them.
 */
public final class ProducerConsumerProblem implements Problem<BoundedBuffer, BufferCase> {
    private static final String EXAMPLE = "producers = 2, consumers = 3, capacity = 1, items = [1..4]";
    private static final Pattern INPUT = Pattern.compile("\\s*producers\\s*=\\s*(\\d{1,3})\\s*,\\s*consumers\\s*=\\s*"
            + "(\\d{1,3})\\s*,\\s*capacity\\s*=\\s*(\\d{1,3})\\s*,\\s*items\\s*=\\s*\\[([\\d\\s,.]*)]\\s*"
            + "(?:,\\s*start\\s*=\\s*\\[\\s*(producers|consumers)\\s*,\\s*(producers|consumers)\\s*]\\s*)?");
    private static final Pattern ITEM = Pattern.compile("\\s*(\\d{1,4})\\s*(?:\\.\\.\\s*(\\d{1,4})\\s*)?");
    /**
     * Producers, consumers, capacity, items of the cases run in both start orders: capacity 1
     * with waiters of both kinds; more consumers than items, so that several wait at the
     * close; a large buffer still full when it is closed; the most threads.
     */
    private static final int[][] SHAPES = {
        {1, 1, 1, 12}, {2, 2, 1, 12}, {1, 4, 1, 8}, {4, 1, 1, 12}, {1, 1, 20, 40}, {3, 8, 2, 3},
        {6, 2, 8, 48}, {8, 8, 1, 48}, {8, 8, 30, 120},
    };
    private static final int RANDOM_CASES = 4;

    private static final ProblemInfo INFO = new ProblemInfo(
            "producer-consumer", 0, "Producer-Consumer with Shutdown", Difficulty.MEDIUM, "Buffer",
            List.of("producer-1..8 call put(item) for their items; the last to finish calls close()",
                    "consumer-1..8 call take() until it returns -1"), 5);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<BoundedBuffer> solutionType() {
        return BoundedBuffer.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of(int.class);
    }

    @Override
    public Object[] constructorArgs(BufferCase testCase) {
        return new Object[] {testCase.capacity()};
    }

    @Override
    public List<BufferCase> examples() {
        return List.of(new BufferCase(1, 1, 2, List.of(1, 0, 2, 3, 4), false), parse(EXAMPLE),
                new BufferCase(1, 3, 1, List.of(7), true));
    }

    /**
     * Capacity one, so that both "full" and "empty" are waited for, and two consumers, so
     * that one can wait while the other takes and both must be woken by the close: one
     * producer with two items, then two producers with one each. Two items are the fewest
     * that can overfill a buffer of one, or be left in it at the close.
     */
    @Override
    public List<BufferCase> smallCases() {
        return List.of(new BufferCase(1, 2, 1, List.of(1, 2), true),
                new BufferCase(2, 2, 1, List.of(1, 2), false));
    }

    @Override
    public List<BufferCase> cases(Random random) {
        List<BufferCase> generated = new ArrayList<>();
        for (int[] s : SHAPES) {
            List<Integer> items = IntStream.rangeClosed(1, s[3]).boxed().toList();
            generated.add(new BufferCase(s[0], s[1], s[2], items, false));
            generated.add(new BufferCase(s[0], s[1], s[2], items, true));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(randomCase(random));
        }
        Collections.shuffle(generated, random);
        List<BufferCase> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    private static BufferCase randomCase(Random random) {
        int producers = 1 + random.nextInt(BufferCase.MAX_THREADS);
        int consumers = 1 + random.nextInt(BufferCase.MAX_THREADS);
        int n = producers + random.nextInt(BufferCase.MAX_ITEMS / 2 - producers + 1);
        List<Integer> values = new ArrayList<>(IntStream.rangeClosed(0, BufferCase.MAX_VALUE).boxed().toList());
        Collections.shuffle(values, random);
        return new BufferCase(producers, consumers, 1 + random.nextInt(BufferCase.MAX_CAPACITY),
                values.subList(0, n), random.nextBoolean());
    }

    @Override
    public BufferCase parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches() || (m.group(5) != null && m.group(5).equals(m.group(6)))) {
            throw new IllegalArgumentException("expected an input like " + EXAMPLE + " (optionally followed by "
                    + ", start = [consumers,producers]), got: " + input);
        }
        try {
            return new BufferCase(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), items(m.group(4)), "consumers".equals(m.group(5)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad input (" + e.getMessage() + "): " + input);
        }
    }

    /** The items of a list: numbers, or runs written {@code a..b}. */
    private static List<Integer> items(String list) {
        List<Integer> items = new ArrayList<>();
        if (list.isBlank()) {
            return items;
        }
        for (String item : list.split(",", -1)) {
            Matcher m = ITEM.matcher(item);
            if (!m.matches()) {
                throw new IllegalArgumentException("\"" + item.strip() + "\" is neither a number nor a run a..b");
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from || items.size() + to - from >= BufferCase.MAX_ITEMS) {
                throw new IllegalArgumentException("at most " + BufferCase.MAX_ITEMS
                        + " items, and a run a..b needs a <= b");
            }
            for (int v = from; v <= to; v++) {
                items.add(v);
            }
        }
        return items;
    }

    @Override
    public void run(BoundedBuffer buffer, BufferCase testCase, Round round) {
        AtomicInteger producing = new AtomicInteger(testCase.producers());
        if (testCase.consumersFirst()) {
            consumers(buffer, testCase, round);
            producers(buffer, testCase, round, producing);
        } else {
            producers(buffer, testCase, round, producing);
            consumers(buffer, testCase, round);
        }
    }

    private static void producers(BoundedBuffer buffer, BufferCase testCase, Round round, AtomicInteger producing) {
        for (int p = 0; p < testCase.producers(); p++) {
            List<Integer> run = testCase.run(p);
            round.thread("producer-" + (p + 1), () -> {
                for (int item : run) {
                    round.pause();
                    round.emit(BufferChecker.putCalled(item));
                    buffer.put(item);
                    round.emit(BufferChecker.putReturned(item));
                }
                if (producing.decrementAndGet() == 0) {
                    round.pause();
                    round.emit(BufferChecker.closeCalled());
                    buffer.close();
                    round.emit(BufferChecker.closeReturned());
                }
            });
        }
    }

    private static void consumers(BoundedBuffer buffer, BufferCase testCase, Round round) {
        for (int c = 0; c < testCase.consumers(); c++) {
            round.thread("consumer-" + (c + 1), () -> {
                // More takes than items plus the -1 cannot all be right: the checker says which went wrong.
                int result = 0;
                for (int t = 0; t <= testCase.items().size() && result != BoundedBuffer.CLOSED; t++) {
                    round.pause();
                    round.emit(BufferChecker.takeCalled());
                    result = buffer.take();
                    round.emit(BufferChecker.takeReturned(result));
                }
            });
        }
    }

    /** The values the takes returned, in the order they returned, -1s included. */
    @Override
    public String output(BufferCase testCase, EventLog log) {
        return BufferChecker.taken(log.events());
    }

    @Override
    public Optional<Violation> check(BufferCase testCase, EventLog log) {
        return BufferChecker.check(testCase, log.events());
    }

    /** A round that hung may already have lost an item, or returned -1 too early: that is the answer. */
    @Override
    public Optional<Violation> checkUnfinished(BufferCase testCase, EventLog log) {
        return BufferChecker.checkUnfinished(testCase, log.events());
    }

    @Override
    public List<Class<? extends BoundedBuffer>> references() {
        return List.of(SynchronizedBoundedBuffer.class, ReentrantLockBoundedBuffer.class,
                SemaphoreBoundedBuffer.class, BlockingQueueBoundedBuffer.class);
    }
}
