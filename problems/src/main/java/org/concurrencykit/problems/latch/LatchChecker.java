package org.concurrencykit.problems.latch;

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
 * What a correct round of the latch problem looks like, judged over its whole event log.
 * Each thread records its call before making it and its return after: a return is only
 * wrong when no correct latch could have produced it, whatever the scheduler did between
 * a record and the call it stands for.
 *
 * <ul>
 *   <li>An {@code await} returns (or a timed one returns {@code true}) only once {@code count}
 *       {@code countDown()} calls have begun: before that the latch cannot be open.
 *   <li>A timed {@code await} returns {@code false} only if the latch was not yet known to be
 *       open when it was called ({@code count} {@code countDown()} calls had not all returned),
 *       and only after its whole timeout.
 *   <li>Every thread returns: a thread that never does is a hang, which the judge reports.
 * </ul>
 */
public final class LatchChecker {
    /** The timeout of an {@code awaitFor} thread's {@code await(10, MILLISECONDS)}. */
    public static final long TIMEOUT_MILLIS = 10;
    static final long TIMEOUT_NANOS = TimeUnit.MILLISECONDS.toNanos(TIMEOUT_MILLIS);

    public static final String COUNT_DOWN = "countDown()";
    public static final String COUNT_DOWN_RETURNED = "countDown() returned";
    public static final String AWAIT = "await()";
    public static final String AWAIT_RETURNED = "await() returned";
    public static final String AWAIT_FOR = "await(" + TIMEOUT_MILLIS + " ms)";
    public static final String AWAIT_FOR_TRUE = AWAIT_FOR + " returned true";
    public static final String AWAIT_FOR_FALSE = AWAIT_FOR + " returned false";

    private LatchChecker() {
    }

    /** The round as {@code judge run} shows it: each event as thread: call, in log order. */
    public static String timeline(List<Event> events) {
        StringJoiner j = new StringJoiner(", ");
        events.forEach(e -> j.add(e.thread() + ": " + e.token()));
        return j.toString();
    }

    /** The first rule the round broke, if any. */
    public static Optional<Violation> check(LatchCase c, List<Event> events) {
        Optional<Violation> v = checkUnfinished(c, events);
        if (v.isPresent()) {
            return v;
        }
        if (events.size() != c.size()) {
            return Optional.of(violation(c, events, "the round recorded " + events.size() + " calls and returns,"
                    + " not " + c.size() + ": a call did not return"));
        }
        return Optional.empty();
    }

    /** The rules a round breaks by what it has recorded so far, even if it never finished. */
    public static Optional<Violation> checkUnfinished(LatchCase c, List<Event> events) {
        int begun = 0;
        int returned = 0;
        Map<String, Event> timedCalls = new HashMap<>();
        Map<String, Boolean> openAtCall = new HashMap<>();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            switch (e.token()) {
                case COUNT_DOWN -> begun++;
                case COUNT_DOWN_RETURNED -> returned++;
                case AWAIT_FOR -> {
                    timedCalls.put(e.thread(), e);
                    openAtCall.put(e.thread(), returned >= c.count());
                }
                case AWAIT_RETURNED, AWAIT_FOR_TRUE -> {
                    if (begun < c.count()) {
                        return Optional.of(violation(c, events, String.format(
                                "output #%d: %s's %s while the latch was closed: only %d of %d countDown() calls"
                                        + " had begun", i + 1, e.thread(), e.token(), begun, c.count())));
                    }
                }
                case AWAIT_FOR_FALSE -> {
                    Optional<Violation> v = checkTimedOut(c, events, i, timedCalls.get(e.thread()),
                            openAtCall.getOrDefault(e.thread(), false));
                    if (v.isPresent()) {
                        return v;
                    }
                }
                default -> {
                    // a call being made: nothing to check yet
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> checkTimedOut(LatchCase c, List<Event> events, int i, Event call,
            boolean wasOpen) {
        Event e = events.get(i);
        if (wasOpen) {
            return Optional.of(violation(c, events, String.format(
                    "output #%d: %s called %s after all %d countDown() calls had returned, so the latch was open,"
                            + " yet it returned false", i + 1, e.thread(), AWAIT_FOR, c.count())));
        }
        long waited = call == null ? 0 : e.nanos() - call.nanos();
        if (waited < TIMEOUT_NANOS) {
            return Optional.of(violation(c, events, String.format(Locale.ROOT,
                    "output #%d: %s's %s returned false after %.2f ms, before its %d ms timeout had passed",
                    i + 1, e.thread(), AWAIT_FOR, waited / 1e6, TIMEOUT_MILLIS)));
        }
        return Optional.empty();
    }

    private static Violation violation(LatchCase c, List<Event> events, String message) {
        String expected = c.opens()
                ? "every await returns once " + c.count() + " countDown() calls have begun, and a timed one returns"
                        + " false only after its whole timeout with the latch closed"
                : "the latch never opens (" + c.countDowns() + " countDown() calls for a count of " + c.count()
                        + "): every timed await returns false after its whole timeout";
        return new Violation(expected, timeline(events), message);
    }
}
