package org.concurrencykit.problems.boundedqueue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Violation;

/**
 * What a correct round of the bounded blocking queue looks like, judged from the whole log.
 *
 * <p>The harness records a call event just before each queue call and a return event just
 * after it, so each operation took effect somewhere between its two events. Walking the log
 * in order, with counts of the calls and returns so far, the checker demands:
 * <ul>
 *   <li>enqueue blocks while full: at every point, (enqueue returns) - (dequeue calls) &lt;= capacity;</li>
 *   <li>dequeue blocks while empty: at every point, (dequeue returns) &lt;= (enqueue calls);</li>
 *   <li>every dequeue returns an element already being enqueued, and no element twice;</li>
 *   <li>{@code size()} returns a count the queue really had while it ran: within
 *       0..capacity, at least (enqueue returns before it began) - (dequeue calls before it
 *       ended), at most (enqueue calls before it ended) - (dequeue returns before it began);</li>
 *   <li>at the end, every element was dequeued;</li>
 *   <li>first in, first out: if {@code enqueue(a)} returned before {@code enqueue(b)} was
 *       called, the dequeue returning {@code b} did not return before the one returning
 *       {@code a} was called (with one producer and one consumer: the exact order).</li>
 * </ul>
 * Every rule holds for any queue whose operations take effect atomically, so a correct
 * solution passes in every interleaving; each message names the first rule broken.
 */
public final class QueueChecker {
    private static final Pattern CALL = Pattern.compile("\\[(enqueue|dequeue|size)\\((\\d*)\\) ");
    private static final Pattern RETURN = Pattern.compile("(enqueue|dequeue|size)\\((\\d*)\\)(?:=(-?\\d+))?] ");
    /** Events shown before a violation, to show the interleaving that led to it. */
    private static final int TRACE = 8;

    private QueueChecker() {
    }

    /** The event recorded just before {@code enqueue(element)} is called. */
    public static String enqueueCalled(int element) {
        return "[enqueue(" + element + ") ";
    }

    /** The event recorded just after {@code enqueue(element)} returned. */
    public static String enqueueReturned(int element) {
        return "enqueue(" + element + ")] ";
    }

    /** The event recorded just before {@code dequeue()} is called. */
    public static String dequeueCalled() {
        return "[dequeue() ";
    }

    /** The event recorded just after {@code dequeue()} returned {@code element}. */
    public static String dequeueReturned(int element) {
        return "dequeue()=" + element + "] ";
    }

    /** The event recorded just before {@code size()} is called. */
    public static String sizeCalled() {
        return "[size() ";
    }

    /** The event recorded just after {@code size()} returned {@code size}. */
    public static String sizeReturned(int size) {
        return "size()=" + size + "] ";
    }

    /** What the round's {@code dequeue()} calls returned, in the order they returned: {@code dequeue() returned [1,0,2]}. */
    public static String dequeued(EventLog log) {
        List<Integer> values = new ArrayList<>();
        for (Event e : log.events()) {
            Matcher m = RETURN.matcher(e.token());
            if (m.matches() && m.group(1).equals("dequeue") && m.group(3) != null) {
                values.add(Integer.parseInt(m.group(3)));
            }
        }
        return dequeuedValues(values);
    }

    /** Values dequeued, as the judge shows them. */
    private static String dequeuedValues(List<Integer> values) {
        return "dequeue() returned " + QueueCase.list(values);
    }

    /** Judges a finished round of {@code testCase}; empty when it is correct. */
    public static Optional<Violation> check(QueueCase testCase, EventLog log) {
        return new Walk(testCase, log.events()).run();
    }

    /** One pass over a round's log. */
    private static final class Walk {
        private final QueueCase testCase;
        private final List<Event> events;
        private final String expected;
        /** The operation each thread is inside, between its call and return events. */
        private final Map<String, Open> open = new HashMap<>();
        /** Each element's enqueue and dequeue, by element. */
        private final Map<Integer, Op> enqueues = new HashMap<>();
        private final Map<Integer, Op> dequeues = new HashMap<>();
        /** Values dequeue returned, in order. */
        private final List<Integer> dequeued = new ArrayList<>();
        private int enqueueCalls;
        private int enqueueReturns;
        private int dequeueCalls;
        private int dequeueReturns;

        Walk(QueueCase testCase, List<Event> events) {
            this.testCase = testCase;
            this.events = events;
            this.expected = testCase.singleFile()
                    ? "dequeue() returns " + QueueCase.list(testCase.elements())
                    : "each of " + QueueCase.list(testCase.elements()) + " dequeued once, first in first out, "
                    + "at most " + testCase.capacity() + " queued";
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
                        return Optional.of(at(i, "the round recorded an event the queue harness never records: \""
                                + e.token().strip() + "\""));
                    }
                    v = returned(i, e, ret.group(1), ret.group(2), ret.group(3));
                }
                if (v.isPresent()) {
                    return v;
                }
            }
            return finished();
        }

        private Optional<Violation> called(int i, Event e, String kind, String arg) {
            Open o = new Open(kind, i, enqueueReturns, dequeueReturns);
            if (open.put(e.thread(), o) != null) {
                return Optional.of(at(i, "thread " + e.thread() + " called " + kind + "() before its previous call returned"));
            }
            switch (kind) {
                case "enqueue" -> {
                    enqueueCalls++;
                    enqueues.put(Integer.valueOf(arg), new Op(e.thread(), i));
                }
                case "dequeue" -> dequeueCalls++;
                default -> { }
            }
            return Optional.empty();
        }

        private Optional<Violation> returned(int i, Event e, String kind, String arg, String result) {
            Open o = open.remove(e.thread());
            if (o == null || !o.kind.equals(kind)) {
                return Optional.of(at(i, "thread " + e.thread() + " returned from " + kind + "() it had not called"));
            }
            return switch (kind) {
                case "enqueue" -> enqueued(i, e, Integer.parseInt(arg));
                case "dequeue" -> dequeued(i, e, o, Integer.parseInt(result));
                default -> sized(i, e, o, Integer.parseInt(result));
            };
        }

        private Optional<Violation> enqueued(int i, Event e, int element) {
            enqueueReturns++;
            enqueues.get(element).returned = i;
            int queued = enqueueReturns - dequeueCalls;
            if (queued > testCase.capacity()) {
                return Optional.of(at(i, String.format("enqueue(%d) on %s returned while the queue was full: "
                        + "%s had returned and only %s had begun, so %d elements were in a queue of capacity %d; "
                        + "enqueue must wait while the queue is full", element, e.thread(),
                        calls(enqueueReturns, "enqueue"), calls(dequeueCalls, "dequeue"), queued, testCase.capacity())));
            }
            return Optional.empty();
        }

        private Optional<Violation> dequeued(int i, Event e, Open o, int element) {
            dequeueReturns++;
            dequeued.add(element);
            if (dequeueReturns > enqueueCalls) {
                return Optional.of(at(i, String.format("dequeue() on %s returned %d while the queue was empty: "
                        + "%s had returned but only %s had begun; dequeue must wait while the queue is empty",
                        e.thread(), element, calls(dequeueReturns, "dequeue"), calls(enqueueCalls, "enqueue"))));
            }
            if (!testCase.elements().contains(element)) {
                return Optional.of(elements(String.format("dequeue() on %s returned %d, which no producer enqueues",
                        e.thread(), element)));
            }
            if (!enqueues.containsKey(element)) {
                return Optional.of(elements(String.format("dequeue() on %s returned %d before enqueue(%d) was called",
                        e.thread(), element, element)));
            }
            Op first = dequeues.get(element);
            if (first != null) {
                return Optional.of(elements(String.format("element %d was dequeued twice, by %s and again by %s; "
                        + "each element leaves the queue once", element, first.thread, e.thread())));
            }
            Op d = new Op(e.thread(), o.call);
            d.returned = i;
            dequeues.put(element, d);
            return Optional.empty();
        }

        private Optional<Violation> sized(int i, Event e, Open o, int size) {
            if (size < 0 || size > testCase.capacity()) {
                return Optional.of(at(i, String.format("size() on %s returned %d, but a queue of capacity %d "
                        + "holds 0 to %d elements", e.thread(), size, testCase.capacity(), testCase.capacity())));
            }
            int atLeast = o.enqueueReturns - dequeueCalls;
            int atMost = enqueueCalls - o.dequeueReturns;
            if (size < atLeast) {
                return Optional.of(at(i, String.format("size() on %s returned %d, but the queue held at least %s "
                        + "all the while it ran (%s had returned before it began, and at most %s began before it "
                        + "returned)", e.thread(), size, elementCount(atLeast), calls(o.enqueueReturns, "enqueue"),
                        calls(dequeueCalls, "dequeue"))));
            }
            if (size > atMost) {
                return Optional.of(at(i, String.format("size() on %s returned %d, but the queue held at most %s "
                        + "while it ran (only %s had begun before it returned, and %s had returned before it "
                        + "began)", e.thread(), size, elementCount(atMost), calls(enqueueCalls, "enqueue"),
                        calls(o.dequeueReturns, "dequeue"))));
            }
            return Optional.empty();
        }

        private Optional<Violation> finished() {
            if (!open.isEmpty()) {
                var stuck = open.entrySet().iterator().next();
                return Optional.of(elements(String.format("%s's %s() never returned", stuck.getKey(),
                        stuck.getValue().kind)));
            }
            for (int element : testCase.elements()) {
                if (!dequeues.containsKey(element)) {
                    return Optional.of(elements(enqueues.containsKey(element)
                            ? "element " + element + " was enqueued but never dequeued"
                            : "element " + element + " was never enqueued"));
                }
            }
            return firstInFirstOut();
        }

        /** The earliest dequeue that overtook an element enqueued before its own. */
        private Optional<Violation> firstInFirstOut() {
            Integer late = null;
            Integer early = null;
            for (int b : testCase.elements()) {
                for (int a : testCase.elements()) {
                    boolean before = enqueues.get(a).returned < enqueues.get(b).call;
                    boolean overtaken = dequeues.get(b).returned < dequeues.get(a).call;
                    if (before && overtaken && (late == null || dequeues.get(b).returned < dequeues.get(late).returned)) {
                        late = b;
                        early = a;
                    }
                }
            }
            if (late == null) {
                return Optional.empty();
            }
            if (testCase.singleFile()) {
                int index = dequeued.indexOf(late);
                return Optional.of(elements(String.format("dequeue #%d returned %d but %d was due: %d was enqueued "
                        + "earlier, and a queue is first in, first out", index + 1, late, early, early)));
            }
            return Optional.of(elements(String.format("dequeue() on %s returned %d before %s had even called the "
                    + "dequeue() that returned %d, yet enqueue(%d) had returned before enqueue(%d) was called: a queue "
                    + "is first in, first out", dequeues.get(late).thread, late, dequeues.get(early).thread, early,
                    early, late)));
        }

        /** A violation shown with the values dequeued so far. */
        private Violation elements(String message) {
            return new Violation(expected, dequeuedValues(dequeued), message);
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

    /** {@code 1 enqueue call}, {@code 2 enqueue calls}. */
    private static String calls(int n, String method) {
        return n + " " + method + (n == 1 ? " call" : " calls");
    }

    /** {@code 1 element}, {@code 2 elements}. */
    private static String elementCount(int n) {
        return n + (n == 1 ? " element" : " elements");
    }

    /** An event in words: {@code producer-1: enqueue(3) returned}. */
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

    /** An operation a thread is inside, with the counts when it was called. */
    private record Open(String kind, int call, int enqueueReturns, int dequeueReturns) {
    }

    /** One enqueue or dequeue: its thread and the log positions of its call and return. */
    private static final class Op {
        final String thread;
        final int call;
        int returned = Integer.MAX_VALUE;

        Op(String thread, int call) {
            this.thread = thread;
            this.call = call;
        }
    }
}
