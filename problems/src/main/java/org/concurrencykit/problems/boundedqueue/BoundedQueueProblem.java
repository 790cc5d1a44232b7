package org.concurrencykit.problems.boundedqueue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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
 * LeetCode 1188: how a round of Design Bounded Blocking Queue runs, and what a correct one
 * looks like ({@link QueueChecker}).
 *
 * <p>A round starts the producers and the consumers (in the case's start order). Each
 * producer enqueues its run of elements, each consumer dequeues its share; after every call
 * the thread calls {@code size()}. Every call is recorded by a call event just before it and a
 * return event just after it, with adversarial pauses between calls.
 */
public final class BoundedQueueProblem implements Problem<BoundedQueue, QueueCase> {
    private static final String EXAMPLE = "producers = 2, consumers = 3, capacity = 2, elements = [1..6]";
    private static final Pattern INPUT = Pattern.compile("\\s*producers\\s*=\\s*(\\d{1,3})\\s*,\\s*consumers\\s*=\\s*"
            + "(\\d{1,3})\\s*,\\s*capacity\\s*=\\s*(\\d{1,3})\\s*,\\s*elements\\s*=\\s*\\[([\\d\\s,.]*)]\\s*"
            + "(?:,\\s*start\\s*=\\s*\\[\\s*(producers|consumers)\\s*,\\s*(producers|consumers)\\s*]\\s*)?");
    private static final Pattern ITEM = Pattern.compile("\\s*(\\d{1,4})\\s*(?:\\.\\.\\s*(\\d{1,4})\\s*)?");
    /** Producers, consumers, capacity, elements of the cases run in both start orders. */
    private static final int[][] SHAPES = {
        {1, 1, 1, 20}, {1, 1, 30, 60}, {1, 2, 1, 20}, {2, 1, 1, 20}, {2, 2, 2, 40}, {3, 3, 1, 60},
        {8, 1, 1, 80}, {1, 8, 1, 80}, {4, 6, 5, 120}, {6, 4, 3, 120}, {8, 8, 1, 160},
        {8, 8, 30, QueueCase.MAX_ELEMENTS}, {1, 1, 30, QueueCase.MAX_ELEMENTS},
    };
    private static final int RANDOM_CASES = 8;
    /** The JDK's blocking queues: a solution must build its own. */
    private static final List<String> FORBIDDEN = List.of(
            "java.util.concurrent.ArrayBlockingQueue", "java.util.concurrent.LinkedBlockingQueue",
            "java.util.concurrent.LinkedBlockingDeque", "java.util.concurrent.PriorityBlockingQueue",
            "java.util.concurrent.DelayQueue", "java.util.concurrent.SynchronousQueue",
            "java.util.concurrent.LinkedTransferQueue", "java.util.concurrent.BlockingQueue",
            "java.util.concurrent.BlockingDeque", "java.util.concurrent.TransferQueue");

    private static final ProblemInfo INFO = new ProblemInfo(
            "design-bounded-blocking-queue", 1188, "Design Bounded Blocking Queue", Difficulty.MEDIUM,
            "BoundedBlockingQueue",
            List.of("producer-1..8 call enqueue(element), then size()",
                    "consumer-1..8 call dequeue(), then size()"), 10);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<BoundedQueue> solutionType() {
        return BoundedQueue.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of(int.class);
    }

    @Override
    public Object[] constructorArgs(QueueCase testCase) {
        return new Object[] {testCase.capacity()};
    }

    @Override
    public List<String> forbiddenClasses() {
        return FORBIDDEN;
    }

    @Override
    public List<QueueCase> examples() {
        return List.of(new QueueCase(1, 1, 2, List.of(1, 0, 2, 3, 4), false),
                new QueueCase(3, 4, 3, List.of(1, 0, 2, 3), false));
    }

    /**
     * Capacity one, so that both "full" and "empty" are waited for: two consumers that wait
     * for one producer, then two of each. Few threads, so that the exploration reaches the
     * interleavings with a thread preempted between two steps.
     */
    @Override
    public List<QueueCase> smallCases() {
        return List.of(new QueueCase(1, 2, 1, List.of(1, 2), true),
                new QueueCase(2, 2, 1, List.of(1, 2, 3, 4), false));
    }

    @Override
    public List<QueueCase> cases(Random random) {
        List<QueueCase> generated = new ArrayList<>();
        for (int[] s : SHAPES) {
            List<Integer> elements = IntStream.rangeClosed(1, s[3]).boxed().toList();
            generated.add(new QueueCase(s[0], s[1], s[2], elements, false));
            generated.add(new QueueCase(s[0], s[1], s[2], elements, true));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(randomCase(random));
        }
        Collections.shuffle(generated, random);
        List<QueueCase> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    private static QueueCase randomCase(Random random) {
        int producers = 1 + random.nextInt(QueueCase.MAX_THREADS);
        int consumers = 1 + random.nextInt(QueueCase.MAX_THREADS);
        int least = Math.max(producers, consumers);
        int n = least + random.nextInt(QueueCase.MAX_ELEMENTS - least + 1);
        List<Integer> values = new ArrayList<>(IntStream.rangeClosed(0, QueueCase.MAX_VALUE).boxed().toList());
        Collections.shuffle(values, random);
        return new QueueCase(producers, consumers, 1 + random.nextInt(QueueCase.MAX_CAPACITY),
                values.subList(0, n), random.nextBoolean());
    }

    @Override
    public QueueCase parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches() || (m.group(5) != null && m.group(5).equals(m.group(6)))) {
            throw new IllegalArgumentException("expected an input like " + EXAMPLE + " (optionally followed by "
                    + ", start = [consumers,producers]), got: " + input);
        }
        try {
            return new QueueCase(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), elements(m.group(4)), "consumers".equals(m.group(5)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad input (" + e.getMessage() + "): " + input);
        }
    }

    /** The items of an elements list: numbers, or runs written {@code a..b}. */
    private static List<Integer> elements(String items) {
        List<Integer> elements = new ArrayList<>();
        if (items.isBlank()) {
            return elements;
        }
        for (String item : items.split(",", -1)) {
            Matcher m = ITEM.matcher(item);
            if (!m.matches()) {
                throw new IllegalArgumentException("\"" + item.strip() + "\" is neither a number nor a run a..b");
            }
            int from = Integer.parseInt(m.group(1));
            int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
            if (to < from || elements.size() + to - from >= QueueCase.MAX_ELEMENTS) {
                throw new IllegalArgumentException("at most " + QueueCase.MAX_ELEMENTS
                        + " elements, and a run a..b needs a <= b");
            }
            for (int v = from; v <= to; v++) {
                elements.add(v);
            }
        }
        return elements;
    }

    @Override
    public void run(BoundedQueue queue, QueueCase testCase, Round round) {
        if (testCase.consumersFirst()) {
            consumers(queue, testCase, round);
            producers(queue, testCase, round);
        } else {
            producers(queue, testCase, round);
            consumers(queue, testCase, round);
        }
    }

    private static void producers(BoundedQueue queue, QueueCase testCase, Round round) {
        for (int p = 0; p < testCase.producers(); p++) {
            List<Integer> run = testCase.run(p);
            round.thread("producer-" + (p + 1), () -> {
                for (int element : run) {
                    round.pause();
                    round.emit(QueueChecker.enqueueCalled(element));
                    queue.enqueue(element);
                    round.emit(QueueChecker.enqueueReturned(element));
                    probe(queue, round);
                }
            });
        }
    }

    private static void consumers(BoundedQueue queue, QueueCase testCase, Round round) {
        for (int c = 0; c < testCase.consumers(); c++) {
            int dequeues = testCase.dequeues(c);
            round.thread("consumer-" + (c + 1), () -> {
                for (int i = 0; i < dequeues; i++) {
                    round.pause();
                    round.emit(QueueChecker.dequeueCalled());
                    int element = queue.dequeue();
                    round.emit(QueueChecker.dequeueReturned(element));
                    probe(queue, round);
                }
            });
        }
    }

    /** Calls {@code size()} between two calls of the same thread. */
    private static void probe(BoundedQueue queue, Round round) {
        round.pause();
        round.emit(QueueChecker.sizeCalled());
        int size = queue.size();
        round.emit(QueueChecker.sizeReturned(size));
    }

    /** The values the dequeues returned, in order (LeetCode adds the final size; here every element is dequeued). */
    @Override
    public String output(QueueCase testCase, EventLog log) {
        return QueueChecker.dequeued(log);
    }

    @Override
    public Optional<Violation> check(QueueCase testCase, EventLog log) {
        return QueueChecker.check(testCase, log);
    }

    @Override
    public List<Class<? extends BoundedQueue>> references() {
        return List.of(SynchronizedBoundedQueue.class, ReentrantLockBoundedQueue.class, SemaphoreBoundedQueue.class,
                AtomicIntegerBoundedQueue.class);
    }
}
