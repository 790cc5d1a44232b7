package org.concurrencykit.problems.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;

/**
 * What a correct round of the event problem looks like, judged over its whole event log.
 * Each thread records its call before making it and its return after; a set or clear took
 * effect at some moment between the two records, and a call is only wrong when no such
 * choice of moments explains its result. When a waiter is blocked inside the event, the
 * thread whose turn is next records that ({@code "await-1 is blocked in await"}) before it
 * makes its call.
 *
 * <ul>
 *   <li>An {@code await} returns (a timed one returns {@code true}) only if the flag may have
 *       been set at some moment of its call.
 *   <li>A timed {@code await} returns {@code false} only after its whole timeout, only if the
 *       flag may have been clear at some moment of its call, and not if a {@code set()} was
 *       made while it was blocked (after the record that it was, and within its timeout).
 *   <li>{@code isSet()} returns what the flag may have been at some moment of its call.
 *   <li>Every call returns: a thread that never does is a hang, which the judge reports.
 * </ul>
 */
public final class EventChecker {
    /** The timeout of an {@code awaitFor} thread's {@code await(10)}, in milliseconds. */
    public static final long TIMEOUT_MILLIS = 10;
    static final long TIMEOUT_NANOS = TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS);

    public static final String SET = "set()";
    public static final String CLEAR = "clear()";
    public static final String IS_SET = "isSet()";
    public static final String AWAIT = "await()";
    public static final String AWAIT_FOR = "await(" + TIMEOUT_MILLIS + ")";
    public static final String RETURNED = " returned";
    public static final String TRUE = " true";
    public static final String FALSE = " false";
    /** After a waiter's thread name: the note that it is blocked inside await, by the thread whose turn is next. */
    public static final String BLOCKED = " is blocked in await";

    private EventChecker() {
    }

    /** The round as {@code judge run} shows it: each event as thread: call, in log order. */
    public static String timeline(List<Event> events) {
        StringJoiner j = new StringJoiner(", ");
        events.forEach(e -> j.add(e.token().endsWith(BLOCKED) ? "(" + e.token() + ")" : e.thread() + ": " + e.token()));
        return j.toString();
    }

    /** The first rule the round broke, if any. */
    public static Optional<Violation> check(EventCase c, List<Event> events) {
        return new Replay(c, events).run(true);
    }

    /** The rules a round breaks by what it has recorded so far, even if it never finished. */
    public static Optional<Violation> checkUnfinished(EventCase c, List<Event> events) {
        return new Replay(c, events).run(false);
    }

    /** One call: where it was recorded and where its return was (-1 while it has not returned). */
    private static final class Call {
        final String thread;
        final String name;
        final int call;
        final long callNanos;
        int ret = -1;
        long retNanos;
        String result = "";
        /** Where the note that this waiter is blocked was recorded, or -1. */
        int blocked = -1;

        Call(String thread, String name, int call, long callNanos) {
            this.thread = thread;
            this.name = name;
            this.call = call;
            this.callNanos = callNanos;
        }

        boolean sets() {
            return name.equals(SET);
        }

        boolean changesFlag() {
            return name.equals(SET) || name.equals(CLEAR);
        }
    }

    /** One pass over the log. */
    private static final class Replay {
        private final EventCase testCase;
        private final List<Event> events;
        private final List<Call> calls = new ArrayList<>();
        private final List<Call> flagCalls = new ArrayList<>();

        Replay(EventCase testCase, List<Event> events) {
            this.testCase = testCase;
            this.events = events;
        }

        Optional<Violation> run(boolean finished) {
            Map<String, Call> open = new HashMap<>();
            for (int p = 0; p < events.size(); p++) {
                Event e = events.get(p);
                String token = e.token();
                if (token.endsWith(BLOCKED)) {
                    Call waiter = open.get(token.substring(0, token.length() - BLOCKED.length()));
                    if (waiter != null) {
                        waiter.blocked = p;
                    }
                } else if (token.contains(RETURNED)) {
                    Call call = open.remove(e.thread());
                    if (call != null) {
                        call.ret = p;
                        call.retNanos = e.nanos();
                        call.result = token.substring(token.indexOf(RETURNED) + RETURNED.length()).strip();
                    }
                } else {
                    Call call = new Call(e.thread(), token, p, e.nanos());
                    open.put(e.thread(), call);
                    calls.add(call);
                    if (call.changesFlag()) {
                        flagCalls.add(call);
                    }
                }
            }
            for (Call call : calls) {
                if (call.ret >= 0) {
                    String wrong = judge(call);
                    if (wrong != null) {
                        return Optional.of(violation(wrong));
                    }
                }
            }
            if (finished && (calls.size() != expectedCalls() || !open.isEmpty())) {
                Call stuck = open.values().stream().findFirst().orElse(null);
                return Optional.of(violation(stuck == null ? "the round recorded " + calls.size() + " calls, not "
                        + expectedCalls() : stuck.thread + "'s " + stuck.name + " never returned"));
            }
            return Optional.empty();
        }

        private int expectedCalls() {
            return testCase.calls().size() + (int) testCase.calls().stream().filter(EventCase.PULSE::equals).count();
        }

        private String judge(Call c) {
            return switch (c.name) {
                case AWAIT -> possibly(c, true) ? null : String.format("output #%d: %s's await() returned, but "
                        + "the flag was clear all through its call (outputs #%d to #%d): no set() released it",
                        c.ret + 1, c.thread, c.call + 1, c.ret + 1);
                case AWAIT_FOR -> c.result.equals("true") ? (possibly(c, true) ? null : String.format(
                        "output #%d: %s's %s returned true, but the flag was clear all through its call "
                                + "(outputs #%d to #%d): no set() released it", c.ret + 1, c.thread, AWAIT_FOR,
                        c.call + 1, c.ret + 1)) : timedOut(c);
                case IS_SET -> possibly(c, c.result.equals("true")) ? null : String.format(
                        "output #%d: %s's isSet() returned %s, but the flag was %s all through its call",
                        c.ret + 1, c.thread, c.result, c.result.equals("true") ? "clear" : "set");
                default -> null;
            };
        }

        private String timedOut(Call c) {
            long waited = c.retNanos - c.callNanos;
            if (waited < TIMEOUT_NANOS) {
                return String.format(Locale.ROOT, "output #%d: %s's %s returned false after %.2f ms, before its "
                        + "%d ms timeout had passed", c.ret + 1, c.thread, AWAIT_FOR, waited / 1e6, TIMEOUT_MILLIS);
            }
            if (!possibly(c, false)) {
                return String.format("output #%d: %s's %s returned false, but the flag was set all through its "
                        + "call (outputs #%d to #%d)", c.ret + 1, c.thread, AWAIT_FOR, c.call + 1, c.ret + 1);
            }
            if (c.blocked >= 0) {
                for (Call s : flagCalls) {
                    if (s.sets() && s.call > c.blocked && s.ret >= 0 && s.retNanos < c.callNanos + TIMEOUT_NANOS) {
                        return String.format("output #%d: %s's %s returned false, but it was blocked in it "
                                + "(output #%d) when %s called set() (outputs #%d to #%d), within its timeout: "
                                + "a set() releases every thread waiting at that moment, even if the flag is "
                                + "cleared again before the thread runs", c.ret + 1, c.thread, AWAIT_FOR,
                                c.blocked + 1, s.thread, s.call + 1, s.ret + 1);
                    }
                }
            }
            return null;
        }

        /** Whether the flag may have been {@code set} (or clear) at some moment between c's records. */
        private boolean possibly(Call c, boolean set) {
            for (int q = c.call; q < c.ret; q++) {
                if (possibleAt(q, set)) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the flag may be {@code set} (or clear) just after event {@code q}. */
        private boolean possibleAt(int q, boolean set) {
            boolean anyDone = false;
            for (Call f : flagCalls) {
                boolean done = f.ret >= 0 && f.ret <= q;
                boolean inFlight = f.call <= q && !done;
                if (inFlight && f.sets() == set) {
                    return true;
                }
                if (done) {
                    anyDone = true;
                    if (isLastDone(f, q) && f.sets() == set) {
                        return true;
                    }
                }
            }
            return !anyDone && !set;
        }

        /** Whether no flag call both began after {@code f} returned and returned itself by {@code q}. */
        private boolean isLastDone(Call f, int q) {
            for (Call g : flagCalls) {
                if (g.call > f.ret && g.ret >= 0 && g.ret <= q) {
                    return false;
                }
            }
            return true;
        }

        private Violation violation(String message) {
            return new Violation("await returns only once the flag is set or a set() releases it; a timed await "
                    + "returns false only after its whole timeout with no set() while it waited; isSet() tells the "
                    + "flag", timeline(events), message);
        }
    }
}
