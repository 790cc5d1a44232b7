package org.concurrencykit.problems.barrier;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;

/**
 * What a correct round of Reusable Barrier looks like: every thread emits phases 1, 2, 3...
 * in order and then {@code done} (recorded when its last {@code await()} has returned, so
 * that a thread let through the last meeting too early shows), and no thread emits phase k+1
 * (or, after the last phase, {@code done}) before every thread has emitted phase k: nobody
 * laps. A finished round has every thread done.
 */
final class LapCheck {
    private static final Pattern TOKEN = Pattern.compile("phase (\\d{1,3})");
    private static final Pattern THREAD = Pattern.compile("thread-(\\d{1,2})");
    /** Events shown before the one that broke a rule. */
    private static final int CONTEXT = 10;

    private LapCheck() {
    }

    /** The name of thread {@code t} (numbered from 1). */
    static String threadName(int t) {
        return "thread-" + t;
    }

    /** What a thread emits once its last {@code await()} has returned. */
    static final String DONE = "done";

    /** What thread emits when it does phase {@code k}. */
    static String token(int k) {
        return "phase " + k;
    }

    /** Judges a finished round. */
    static Optional<Violation> check(Meeting m, List<Event> events) {
        return check(m, events, true);
    }

    /** Judges the events of a round that never finished: only a lap (or a garbled event) is a violation. */
    static Optional<Violation> checkUnfinished(Meeting m, List<Event> events) {
        return check(m, events, false);
    }

    private static Optional<Violation> check(Meeting m, List<Event> events, boolean finished) {
        int[] done = new int[m.threads() + 1];
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            int t = number(THREAD, e.thread(), m.threads());
            int k = e.token().equals(DONE) ? m.phases() + 1 : number(TOKEN, e.token(), m.phases());
            if (t < 0 || k < 0) {
                return Optional.of(violation(m, events, i, String.format(
                        "event #%d \"%s\" is not a phase of thread-1..%d", i + 1, e, m.threads())));
            }
            if (k != done[t] + 1) {
                return Optional.of(violation(m, events, i, String.format(
                        "%s emitted %s after %s; its phases come in order", e.thread(), name(m, k), name(m, done[t]))));
            }
            int laggard = laggard(done);
            if (done[laggard] < k - 1 && k > m.phases()) {
                return Optional.of(violation(m, events, i, String.format(
                        "%s's last await() returned while %s had not finished phase %d (it had done %s): the "
                                + "barrier let %s through before every thread had called it",
                        e.thread(), threadName(laggard), k - 1, upTo(done[laggard]), e.thread())));
            }
            if (done[laggard] < k - 1) {
                return Optional.of(violation(m, events, i, String.format(
                        "%s began phase %d while %s had not finished phase %d (it had done %s): %s's await() "
                                + "after phase %d returned before every thread had called it, so it lapped %s",
                        e.thread(), k, threadName(laggard), k - 1, upTo(done[laggard]), e.thread(), k - 1,
                        threadName(laggard))));
            }
            done[t] = k;
        }
        if (finished) {
            for (int t = 1; t <= m.threads(); t++) {
                if (done[t] <= m.phases()) {
                    return Optional.of(violation(m, events, events.size(), String.format(
                            "the round ended with %s not done: its last await() never returned (it had done %d "
                                    + "of %d phases)", threadName(t), Math.min(done[t], m.phases()), m.phases())));
                }
            }
        }
        return Optional.empty();
    }

    /** The thread (lowest number first) that has done the fewest phases. */
    private static int laggard(int[] done) {
        int least = 1;
        for (int t = 2; t < done.length; t++) {
            if (done[t] < done[least]) {
                least = t;
            }
        }
        return least;
    }

    /** Phase k's name, or "done" after the last phase, or "nothing" before the first. */
    private static String name(Meeting m, int k) {
        return k == 0 ? "nothing" : k > m.phases() ? DONE : token(k);
    }

    private static String upTo(int phases) {
        return phases == 0 ? "no phase" : phases == 1 ? "phase 1 only" : "phases 1.." + phases + " only";
    }

    /** The number the pattern reads from {@code text}, or -1 when it does not match or is not in 1..max. */
    private static int number(Pattern p, String text, int max) {
        Matcher x = p.matcher(text);
        if (!x.matches()) {
            return -1;
        }
        int n = Integer.parseInt(x.group(1));
        return n >= 1 && n <= max ? n : -1;
    }

    private static Violation violation(Meeting m, List<Event> events, int at, String message) {
        String expected = String.format("every thread's phase k before any thread's phase k+1 (%d threads, %d phases "
                + "each)", m.threads(), m.phases());
        return new Violation(expected, window(events, at), message);
    }

    /** The events up to and including #at (the last {@link #CONTEXT} before it). */
    static String window(List<Event> events, int at) {
        int to = Math.min(events.size(), at + 1);
        int from = Math.max(0, to - CONTEXT - 1);
        List<String> shown = new ArrayList<>();
        if (from > 0) {
            shown.add("...");
        }
        for (int i = from; i < to; i++) {
            shown.add(line(events.get(i)));
        }
        return String.join(", ", shown);
    }

    /** One event as the output shows it: {@code thread-2 phase 1}. */
    static String line(Event e) {
        return e.thread() + " " + e.token();
    }
}
