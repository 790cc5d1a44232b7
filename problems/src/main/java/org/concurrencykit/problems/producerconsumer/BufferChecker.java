package org.concurrencykit.problems.producerconsumer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;

/**
 * What a correct round of Producer-Consumer looks like, judged from the whole log.
 *
 * <p>The harness records a call event just before each buffer call and a return event just
 * after it, so each call took effect somewhere between its two events. A take that returns
 * an item is an <em>item take</em>; one that returns -1 removes nothing. Walking the log in
 * order, the checker demands:
 * <ul>
 *   <li>put blocks while full: at every point, (put returns) - (item take calls) &lt;= capacity;</li>
 *   <li>every item take returns an item whose {@code put} had been called, and no item twice;</li>
 *   <li>a take returns -1 only once the buffer is closed and drained: {@code close()} was called
 *       before it returned, and so had the take of every item;</li>
 *   <li>at the end, every item was taken (and every consumer saw -1, or it would not have ended).</li>
 * </ul>
 * Every rule holds for any buffer whose calls take effect atomically, so a correct solution
 * passes in every interleaving; each message names the first rule broken. A take that never
 * returned (the round hung) counts as a possible item take, so a hung round is only judged
 * wrong for what its events prove.
 */
final class BufferChecker {
    private static final Pattern CALL = Pattern.compile("\\[(put|take|close)\\((\\d*)\\) ");
    private static final Pattern RETURN = Pattern.compile("(put|take|close)\\((\\d*)\\)(?:=(-?\\d+))?] ");
    /** Events shown before a violation, to show the interleaving that led to it. */
    private static final int TRACE = 8;

    private BufferChecker() {
    }

    static String putCalled(int item) {
        return "[put(" + item + ") ";
    }

    static String putReturned(int item) {
        return "put(" + item + ")] ";
    }

    static String takeCalled() {
        return "[take() ";
    }

    static String takeReturned(int result) {
        return "take()=" + result + "] ";
    }

    static String closeCalled() {
        return "[close() ";
    }

    static String closeReturned() {
        return "close()] ";
    }

    /** What the round's {@code take()} calls returned, in the order they returned: {@code take() returned [1,0,-1]}. */
    static String taken(List<Event> events) {
        List<Integer> values = new ArrayList<>();
        for (Event e : events) {
            Matcher m = RETURN.matcher(e.token());
            if (m.matches() && m.group(1).equals("take") && m.group(3) != null) {
                values.add(Integer.parseInt(m.group(3)));
            }
        }
        return "take() returned " + BufferCase.list(values);
    }

    /** Judges a finished round of {@code testCase}; empty when it is correct. */
    static Optional<Violation> check(BufferCase testCase, List<Event> events) {
        Walk walk = new Walk(testCase, events);
        Optional<Violation> v = walk.run();
        return v.isPresent() ? v : walk.finished();
    }

    /** Judges the events of a round that hung: only what they prove wrong whatever would have followed. */
    static Optional<Violation> checkUnfinished(BufferCase testCase, List<Event> events) {
        return new Walk(testCase, events).run();
    }

    /** One pass over a round's log. */
    private static final class Walk {
        private final BufferCase testCase;
        private final List<Event> events;
        private final String expected;
        /** For each take call event, what that take returned, or null if it never returned. */
        private final Map<Integer, Integer> results = new HashMap<>();
        /** The call each thread is inside: its kind and the index of its call event. */
        private final Map<String, Integer> open = new HashMap<>();
        /** Item to the index of its put's call event. */
        private final Map<Integer, Integer> puts = new HashMap<>();
        /** Item to the thread whose take returned it. */
        private final Map<Integer, String> takers = new HashMap<>();
        /** Item to the index of the call event of the take that returned it. */
        private final Map<Integer, Integer> takeCalls = new HashMap<>();
        private int putReturns;
        private int itemTakeCalls;
        private int closeCall = -1;

        Walk(BufferCase testCase, List<Event> events) {
            this.testCase = testCase;
            this.events = events;
            this.expected = "each of " + BufferCase.list(testCase.items()) + " taken once, at most "
                    + testCase.capacity() + " in the buffer, then -1 for "
                    + (testCase.consumers() == 1 ? "the consumer" : "each of the " + testCase.consumers() + " consumers");
            pairTakes();
        }

        /** Matches each take's call event to its return event, thread by thread. */
        private void pairTakes() {
            Map<String, Integer> pending = new HashMap<>();
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (e.token().equals(takeCalled())) {
                    pending.put(e.thread(), i);
                    continue;
                }
                Matcher ret = RETURN.matcher(e.token());
                if (ret.matches() && ret.group(1).equals("take") && ret.group(3) != null
                        && pending.containsKey(e.thread())) {
                    results.put(pending.remove(e.thread()), Integer.parseInt(ret.group(3)));
                }
            }
        }

        Optional<Violation> run() {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                Matcher call = CALL.matcher(e.token());
                Optional<Violation> v;
                if (call.matches()) {
                    v = called(i, e, call.group(1), call.group(2));
                } else {
                    Matcher ret = RETURN.matcher(e.token());
                    if (!ret.matches()) {
                        return Optional.of(at(i, "the round recorded an event the buffer harness never records: \""
                                + e.token().strip() + "\""));
                    }
                    v = returned(i, e, ret.group(1), ret.group(2), ret.group(3));
                }
                if (v.isPresent()) {
                    return v;
                }
            }
            return Optional.empty();
        }

        private Optional<Violation> called(int i, Event e, String kind, String arg) {
            open.put(e.thread(), i);
            switch (kind) {
                case "put" -> puts.put(Integer.parseInt(arg), i);
                case "take" -> {
                    Integer result = results.get(i);
                    if (result == null || result != BoundedBuffer.CLOSED) {
                        itemTakeCalls++;
                    }
                }
                default -> closeCall = i;
            }
            return Optional.empty();
        }

        private Optional<Violation> returned(int i, Event e, String kind, String arg, String result) {
            Integer call = open.remove(e.thread());
            if (call == null) {
                return Optional.of(at(i, e.thread() + "'s " + kind + "() returned without having been called"));
            }
            if (kind.equals("put")) {
                putReturns++;
                return capacity(i, e, Integer.parseInt(arg));
            }
            if (kind.equals("take")) {
                int value = Integer.parseInt(result);
                return value == BoundedBuffer.CLOSED ? closedAndDrained(i, e) : item(i, e, call, value);
            }
            return Optional.empty();
        }

        private Optional<Violation> capacity(int i, Event e, int item) {
            int atLeast = putReturns - itemTakeCalls;
            if (atLeast <= testCase.capacity()) {
                return Optional.empty();
            }
            return Optional.of(at(i, String.format("put(%d) on %s returned with at least %d items in a buffer of "
                    + "capacity %d: %d put() calls had returned and only %d take() calls that got an item had "
                    + "begun; put must wait while the buffer is full", item, e.thread(), atLeast,
                    testCase.capacity(), putReturns, itemTakeCalls)));
        }

        private Optional<Violation> item(int i, Event e, int call, int value) {
            if (value < 0 || !testCase.items().contains(value)) {
                return Optional.of(at(i, String.format("take() on %s returned %d, which no producer puts "
                        + "(take returns an item, or -1 once the buffer is closed and empty)", e.thread(), value)));
            }
            if (!puts.containsKey(value)) {
                return Optional.of(at(i, String.format("take() on %s returned %d before put(%d) was called",
                        e.thread(), value, value)));
            }
            String first = takers.get(value);
            if (first != null) {
                return Optional.of(at(i, String.format("item %d was taken twice, by %s and again by %s; each "
                        + "item is consumed exactly once", value, first, e.thread())));
            }
            takers.put(value, e.thread());
            takeCalls.put(value, call);
            return Optional.empty();
        }

        private Optional<Violation> closedAndDrained(int i, Event e) {
            if (closeCall < 0) {
                return Optional.of(at(i, String.format("take() on %s returned -1 before close() was called: -1 "
                        + "means the buffer is closed and empty, and the producers were not done", e.thread())));
            }
            if (itemTakeCalls >= testCase.items().size()) {
                return Optional.empty();
            }
            int left = -1;
            for (int item : testCase.items()) {
                Integer c = takeCalls.get(item);
                if (c == null || c > i) {
                    left = item;
                    break;
                }
            }
            return Optional.of(at(i, String.format("take() on %s returned -1 while item %d was still in the "
                    + "buffer (no take of it had begun): close() stops the puts, but the items already put "
                    + "must all be taken before take() returns -1", e.thread(), left)));
        }

        Optional<Violation> finished() {
            if (!open.isEmpty()) {
                var stuck = open.entrySet().iterator().next();
                String kind = CALL.matcher(events.get(stuck.getValue()).token()).replaceAll("$1");
                return Optional.of(new Violation(expected, taken(events), stuck.getKey() + "'s " + kind
                        + "() never returned"));
            }
            for (int item : testCase.items()) {
                if (!takers.containsKey(item)) {
                    return Optional.of(new Violation(expected, taken(events), puts.containsKey(item)
                            ? "item " + item + " was put but never taken: every consumer stopped while it was "
                            + "still in the buffer" : "item " + item + " was never put"));
                }
            }
            return Optional.empty();
        }

        /** A violation shown with the events that led to event {@code i}. */
        private Violation at(int i, String message) {
            StringBuilder sb = new StringBuilder(i + 1 > TRACE ? "... " : "");
            for (int k = Math.max(0, i + 1 - TRACE); k <= i; k++) {
                sb.append(describe(events.get(k))).append(k < i ? "; " : "");
            }
            return new Violation(expected, sb.toString(), message);
        }
    }

    /** An event in words: {@code producer-1: put(3) returned}. */
    static String describe(Event e) {
        Matcher call = CALL.matcher(e.token());
        if (call.matches()) {
            return e.thread() + ": " + call.group(1) + "(" + call.group(2) + ") called";
        }
        Matcher ret = RETURN.matcher(e.token());
        if (ret.matches()) {
            return e.thread() + ": " + ret.group(1) + "(" + ret.group(2) + ") returned"
                    + (ret.group(3) == null ? "" : " " + ret.group(3));
        }
        return e.thread() + ": " + e.token().strip();
    }
}
