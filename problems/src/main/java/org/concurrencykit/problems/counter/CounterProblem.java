package org.concurrencykit.problems.counter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * The race-free counter (a classic interview question): how a round runs and what a correct
 * one looks like.
 *
 * <p>A round starts {@code threads} adders. Each calls {@code increment()} {@code increments}
 * times, with a judge's pause after every {@link #PAUSE_EVERY} of them, then records that it
 * is done, then calls {@code get()} and records the value. The log's appends are serialized
 * by its monitor, so every increment of the adders whose "done" comes earlier in the log
 * happens-before the {@code get()} of a later one: the adder that is done n-th must read at
 * least {@code n * increments}, and the last one done must read the exact total. No adder
 * waits for another; an increment lost to a race shows in that last value.
 */
public final class CounterProblem implements Problem<Counter, CounterCase> {
    /**
     * Increments between two of the judge's pauses. Long runs: a lost update needs two adders
     * incrementing at the same moment, and a pause (a few microseconds on average) between
     * every few increments would keep them apart most of the time. Measured on 2 busy cores:
     * with 100, eight adders of 2000 increments lost an update in about one round of 50; with
     * 1000, eight adders of 10000 did within 15 rounds every time.
     */
    static final int PAUSE_EVERY = 1000;
    /** An adder's event once its increments have all returned. */
    static final String DONE = "done";
    private static final String READ_PREFIX = "get() = ";
    private static final String EXAMPLE = "threads = 8, increments = 10000";
    private static final Pattern INPUT = Pattern.compile(
            "\\s*threads\\s*=\\s*(\\d{1,3})\\s*,\\s*increments\\s*=\\s*(\\d{1,6})\\s*");
    /**
     * Threads and increments of the generated cases: one adder (nothing to race), two adders of
     * one increment each, and mostly many adders of many increments, where lost updates are
     * likeliest on a busy machine: the more adders, the likelier two of them run at once.
     */
    private static final int[][] SHAPES = {
        {1, 1000}, {2, 1}, {2, CounterCase.MAX_INCREMENTS}, {8, 5000}, {8, 2000}, {7, 10000}, {6, 15000},
        {CounterCase.MAX_THREADS, CounterCase.MAX_INCREMENTS},
    };
    private static final int RANDOM_CASES = 3;
    /**
     * The latest counter an adder started on, written and never read. Storing the counter in
     * a static field on an adder's own thread shows the model checker that the object is
     * shared: it treats an object it saw made (the judge makes the solution inside the
     * explored code) as local to one thread, and makes no switch points at its fields, until
     * the object is stored where other threads can reach it. Without this, the read and the
     * write of {@code count++} are never split.
     */
    @SuppressWarnings("unused")
    private static Counter published;

    private static final ProblemInfo INFO = new ProblemInfo(
            "race-free-counter", 0, "Race-Free Counter", Difficulty.EASY, "Counter",
            List.of("adder-1..8 each call increment() `increments` times, then get()"), 100);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<Counter> solutionType() {
        return Counter.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of();
    }

    @Override
    public Object[] constructorArgs(CounterCase testCase) {
        return new Object[0];
    }

    @Override
    public List<CounterCase> examples() {
        return List.of(parse(EXAMPLE), new CounterCase(2, 1000));
    }

    /**
     * Two adders of one increment each, then of two: a lost update needs only one adder
     * preempted between reading the count and writing it back. Measured: every broken counter
     * here fails at the 7th interleaving of the first case, but {@code synchronized (new
     * Object())} once passed all 18 of them and failed at the 12th of the second.
     */
    @Override
    public List<CounterCase> smallCases() {
        return List.of(new CounterCase(2, 1), new CounterCase(2, 2));
    }

    @Override
    public List<CounterCase> cases(Random random) {
        List<CounterCase> generated = new ArrayList<>();
        for (int[] s : SHAPES) {
            generated.add(new CounterCase(s[0], s[1]));
        }
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(new CounterCase(2 + random.nextInt(CounterCase.MAX_THREADS - 1),
                    1 + random.nextInt(CounterCase.MAX_INCREMENTS)));
        }
        Collections.shuffle(generated, random);
        List<CounterCase> cases = new ArrayList<>(examples());
        cases.addAll(generated);
        return cases;
    }

    @Override
    public CounterCase parse(String input) {
        Matcher m = INPUT.matcher(input);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected an input like " + EXAMPLE + ", got: " + input);
        }
        try {
            return new CounterCase(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad input (" + e.getMessage() + "): " + input);
        }
    }

    @Override
    public void run(Counter counter, CounterCase testCase, Round round) {
        for (int t = 1; t <= testCase.threads(); t++) {
            round.thread(adder(t), () -> add(counter, testCase.increments(), round));
        }
    }

    private static void add(Counter counter, int increments, Round round) {
        published = counter;
        for (int k = 1; k <= increments; k++) {
            counter.increment();
            if (k % PAUSE_EVERY == 0 && k < increments) {
                round.pause();
            }
        }
        round.emit(DONE);
        int value = counter.get();
        round.emit(read(value));
    }

    /** The name of adder {@code t}, from 1. */
    static String adder(int t) {
        return "adder-" + t;
    }

    /** The event recording that {@code get()} returned {@code value}. */
    static String read(int value) {
        return READ_PREFIX + value;
    }

    /** The count the last adder done read, as {@code judge run} shows it; the events if there is none. */
    @Override
    public String output(CounterCase testCase, EventLog log) {
        Integer total = new Reads(testCase, log.events()).total();
        return total == null ? String.join(", ", log.events().stream().map(Event::toString).toList())
                : Integer.toString(total);
    }

    @Override
    public Optional<Violation> check(CounterCase testCase, EventLog log) {
        return new Reads(testCase, log.events()).check();
    }

    @Override
    public List<Class<? extends Counter>> references() {
        return List.of(SynchronizedCounter.class, ReentrantLockCounter.class, AtomicIntegerCounter.class,
                LongAdderCounter.class);
    }

    /** A round's events read as: which adder was done when, and what each get() returned. */
    private static final class Reads {
        private final CounterCase testCase;
        private final List<Event> events;
        /** Adder to its place among the adders done, from 1. */
        private final Map<String, Integer> doneAs = new HashMap<>();
        /** Adder to what its get() returned, in log order. */
        private final Map<String, Integer> read = new HashMap<>();
        /** The first malformed event, if any. */
        private String malformed;

        Reads(CounterCase testCase, List<Event> events) {
            this.testCase = testCase;
            this.events = events;
            for (Event e : events) {
                if (malformed == null) {
                    malformed = take(e);
                }
            }
        }

        /** Records one event; a description of what is wrong with it, or null. */
        private String take(Event e) {
            if (e.token().equals(DONE)) {
                if (doneAs.containsKey(e.thread())) {
                    return e.thread() + " was done twice";
                }
                doneAs.put(e.thread(), doneAs.size() + 1);
                return null;
            }
            if (!e.token().startsWith(READ_PREFIX)) {
                return e.thread() + " recorded \"" + e.token() + "\", which is neither done nor a get()";
            }
            if (!doneAs.containsKey(e.thread()) || read.containsKey(e.thread())) {
                return e.thread() + " recorded a get() out of its turn";
            }
            try {
                read.put(e.thread(), Integer.parseInt(e.token().substring(READ_PREFIX.length())));
            } catch (NumberFormatException x) {
                return e.thread() + " recorded \"" + e.token() + "\", not a number";
            }
            return null;
        }

        /** What the last adder done read, or null if it read nothing. */
        Integer total() {
            for (Map.Entry<String, Integer> d : doneAs.entrySet()) {
                if (d.getValue() == testCase.threads()) {
                    return read.get(d.getKey());
                }
            }
            return null;
        }

        Optional<Violation> check() {
            String expected = Integer.toString(testCase.total());
            if (malformed != null) {
                return Optional.of(new Violation(expected, events.toString(), "the round's events are malformed: "
                        + malformed));
            }
            if (doneAs.size() < testCase.threads() || read.size() < testCase.threads()) {
                return Optional.of(new Violation(expected, events.toString(), String.format(
                        "only %d of %d adders finished their increments and read the count", read.size(),
                        testCase.threads())));
            }
            int total = total();
            if (total != testCase.total()) {
                return Optional.of(new Violation(expected, Integer.toString(total), wrongTotal(total)));
            }
            for (Event e : events) {
                Integer value = e.token().equals(DONE) ? null : read.get(e.thread());
                if (value != null) {
                    Optional<Violation> v = inRange(e.thread(), value);
                    if (v.isPresent()) {
                        return v;
                    }
                }
            }
            return Optional.empty();
        }

        private String wrongTotal(int total) {
            int calls = testCase.total();
            String all = String.format("%d threads made %d increments each and all of them returned, then the last "
                    + "thread done read get() = %d", testCase.threads(), testCase.increments(), total);
            if (total < calls) {
                int lost = calls - total;
                return String.format("expected %d, got %d: %d increment%s lost. %s; a lost update: two threads read "
                        + "the same count and both wrote back count + 1, so one addition overwrote the other",
                        calls, total, lost, lost == 1 ? " was" : "s were", all);
            }
            return String.format("expected %d, got %d: %d more than the increments made. %s", calls, total,
                    total - calls, all);
        }

        /** A get() of an adder done n-th must count its own increments and those of the n - 1 before it. */
        private Optional<Violation> inRange(String adder, int value) {
            int n = doneAs.get(adder);
            int atLeast = n * testCase.increments();
            int atMost = testCase.total();
            String actual = adder + ": " + read(value);
            if (value < atLeast) {
                return Optional.of(new Violation(">= " + atLeast, actual, String.format(
                        "get() on %s returned %d, but %d increments had returned before it was called: its own %d "
                        + "and those of the %d thread%s done before it, all of which happen-before its get()",
                        adder, value, atLeast, testCase.increments(), n - 1, n == 2 ? "" : "s")));
            }
            if (value > atMost) {
                return Optional.of(new Violation("<= " + atMost, actual, String.format(
                        "get() on %s returned %d, but only %d increments are made in all", adder, value, atMost)));
            }
            return Optional.empty();
        }
    }
}
