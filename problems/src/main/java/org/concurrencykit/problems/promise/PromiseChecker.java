package org.concurrencykit.problems.promise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;

/**
 * What a correct round of the promise looks like, judged over its whole event log.
 *
 * <p>Each step records its call just before it and its outcome just after it
 * ({@code "get() -> 4"}); a callback records its run ({@code "c2(4, null)"}) on whatever
 * thread runs it. The winner is the completing call that returned {@code true}. The rules:
 * <ol>
 *   <li>exactly one completing call returns true when any was made (none otherwise), and one
 *       returns false only after the winner was called;
 *   <li>every get that returns gives the winner's value or throws an ExecutionException with the
 *       winner's exception, and returns after the winner was called;
 *   <li>a get(timeout) throws TimeoutException only after its timeout has passed, and never
 *       when the winner had returned before the get was called. A completion that races the
 *       timeout may be missed: even {@code CountDownLatch.await(timeout)} may report a timeout
 *       for a count that reached zero just before its deadline (another waiter ahead of it
 *       had not yet passed the wake-up on), so "completed within the timeout" is no rule;
 *   <li>every callback runs exactly once, after the winner was called, with its outcome (none
 *       runs when nothing completes the promise), and the callbacks of one thread run in the
 *       order it registered them.
 * </ol>
 * A round that never finished is judged by the rules its events already break whatever would
 * follow: two winners, a callback run twice, a wrong value.
 */
final class PromiseChecker {
    private static final Pattern CALLBACK = Pattern.compile("c(\\d+)\\((.*)\\)");
    static final String TIMEOUT = "TimeoutException";
    static final String ARROW = " -> ";

    private PromiseChecker() {
    }

    /** One step of one thread: its call and outcome events, once recorded. */
    static final class Call {
        final Step step;
        final String thread;
        Event call;
        Event returned;
        String outcome;

        Call(Step step, String thread) {
            this.step = step;
            this.thread = thread;
        }
    }

    /** A round's events sorted into calls and callback runs. */
    static final class Reading {
        final List<List<Call>> threads = new ArrayList<>();
        /** Callback name to its runs, in order; every registered callback has an entry. */
        final Map<String, List<Event>> runs = new LinkedHashMap<>();
        /** Callback name to the thread that registered it. */
        final Map<String, String> registrar = new LinkedHashMap<>();

        Reading(Script script, List<Event> events) {
            Map<String, Integer> next = new LinkedHashMap<>();
            for (int i = 0; i < script.threads().size(); i++) {
                List<Call> calls = new ArrayList<>();
                for (Step s : script.threads().get(i)) {
                    calls.add(new Call(s, Script.threadName(i)));
                    if (s.kind() == Step.Kind.ON_COMPLETE) {
                        runs.put(s.callback(), new ArrayList<>());
                        registrar.put(s.callback(), Script.threadName(i));
                    }
                }
                threads.add(calls);
                next.put(Script.threadName(i), 0);
            }
            for (Event e : events) {
                Matcher m = CALLBACK.matcher(e.token());
                if (m.matches()) {
                    runs.computeIfAbsent("c" + m.group(1), k -> new ArrayList<>()).add(e);
                    continue;
                }
                Integer t = next.get(e.thread());
                if (t == null) {
                    continue;
                }
                int thread = Integer.parseInt(e.thread().substring(1)) - 1;
                List<Call> calls = threads.get(thread);
                int arrow = e.token().indexOf(ARROW);
                if (arrow >= 0 && t > 0 && calls.get(t - 1).returned == null) {
                    calls.get(t - 1).returned = e;
                    calls.get(t - 1).outcome = e.token().substring(arrow + ARROW.length());
                } else if (t < calls.size()) {
                    calls.get(t).call = e;
                    next.put(e.thread(), t + 1);
                }
            }
        }

        List<Call> all() {
            return threads.stream().flatMap(List::stream).toList();
        }

        List<Call> winners() {
            return all().stream().filter(c -> c.step.completes() && "true".equals(c.outcome)).toList();
        }
    }

    /** The outcome a get gives once {@code winner} has completed the promise. */
    static String getOutcome(Step winner) {
        return winner.kind() == Step.Kind.COMPLETE ? Integer.toString(winner.number())
                : "ExecutionException(" + winner.word() + ")";
    }

    /** The arguments a callback gets once {@code winner} has completed the promise. */
    static String callbackArgs(Step winner) {
        return winner.kind() == Step.Kind.COMPLETE ? "(" + winner.number() + ", null)" : "(null, " + winner.word() + ")";
    }

    static Optional<Violation> check(Script script, List<Event> events) {
        return check(script, events, true);
    }

    static Optional<Violation> checkUnfinished(Script script, List<Event> events) {
        return check(script, events, false);
    }

    private static Optional<Violation> check(Script script, List<Event> events, boolean finished) {
        Reading r = new Reading(script, events);
        List<Call> winners = r.winners();
        if (winners.size() > 1) {
            return Optional.of(new Violation("exactly one completing call returns true",
                    winners.stream().map(PromiseChecker::describe).collect(Collectors.joining(", ")),
                    "two calls completed the promise: only the first complete or completeExceptionally may win, "
                            + "every later one must return false and change nothing"));
        }
        Call winner = winners.isEmpty() ? null : winners.get(0);
        if (winner == null && finished && script.completes()) {
            return Optional.of(new Violation("one completing call returns true",
                    r.all().stream().filter(c -> c.step.completes()).map(PromiseChecker::describe)
                            .collect(Collectors.joining(", ")),
                    "no completing call returned true: the first one must win"));
        }
        Optional<Violation> v = checkCalls(r, winner, finished);
        return v.isPresent() ? v : checkCallbacks(r, winner, finished);
    }

    private static Optional<Violation> checkCalls(Reading r, Call winner, boolean finished) {
        for (Call c : r.all()) {
            if (c.outcome == null) {
                continue;
            }
            if (c.step.completes()) {
                if ("false".equals(c.outcome) && winner != null && winner.call.seq() > c.returned.seq()) {
                    return Optional.of(new Violation(describe(winner) + " before any false",
                            c.thread + ": " + describe(c) + " came before " + winner.thread + " called "
                                    + winner.step.call(),
                            c.step.call() + " returned false before any completion had begun: the first completing "
                                    + "call must win"));
                }
            } else if (c.step.kind() == Step.Kind.GET || c.step.kind() == Step.Kind.GET_TIMED) {
                Optional<Violation> v = checkGet(c, winner, finished);
                if (v.isPresent()) {
                    return v;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> checkGet(Call c, Call winner, boolean finished) {
        if (TIMEOUT.equals(c.outcome) && c.step.kind() == Step.Kind.GET_TIMED) {
            return checkTimeout(c, winner);
        }
        if (winner == null) {
            if (!finished) {
                return Optional.empty();
            }
            return Optional.of(new Violation(c.step.kind() == Step.Kind.GET ? "get() waits until a completion"
                    : c.step.call() + ARROW + TIMEOUT, c.thread + ": " + describe(c),
                    c.step.call() + " gave " + c.outcome + " but nothing completed the promise"));
        }
        String expected = getOutcome(winner.step);
        if (!expected.equals(c.outcome)) {
            return Optional.of(new Violation(c.step.call() + ARROW + expected + " (" + describe(winner) + ")",
                    c.thread + ": " + describe(c), c.step.call() + " must give the winner's outcome, "
                            + expected + ", which " + winner.thread + "'s " + winner.step.call() + " set"));
        }
        if (c.returned.seq() < winner.call.seq()) {
            return Optional.of(new Violation(c.step.call() + " returns after the promise is completed",
                    c.thread + ": " + describe(c) + " before " + winner.thread + " called " + winner.step.call(),
                    c.step.call() + " returned before the promise was completed"));
        }
        return Optional.empty();
    }

    private static Optional<Violation> checkTimeout(Call c, Call winner) {
        long timeout = TimeUnit.MILLISECONDS.toNanos(c.step.number());
        long waited = c.returned.nanos() - c.call.nanos();
        if (waited < timeout) {
            return Optional.of(new Violation(c.step.call() + " waits " + c.step.number() + " ms before "
                    + TIMEOUT, String.format("%s: %s after %.2f ms", c.thread, describe(c), waited / 1e6),
                    c.step.call() + " gave up before its timeout had passed"));
        }
        if (winner == null || winner.returned == null || winner.returned.seq() > c.call.seq()) {
            return Optional.empty();
        }
        return Optional.of(new Violation(c.step.call() + ARROW + getOutcome(winner.step), c.thread + ": " + describe(c),
                winner.thread + "'s " + describe(winner) + " had returned before " + c.thread + " called "
                        + c.step.call() + ": on a completed promise get returns at once, it never times out"));
    }

    private static Optional<Violation> checkCallbacks(Reading r, Call winner, boolean finished) {
        for (Map.Entry<String, List<Event>> e : r.runs.entrySet()) {
            String cb = e.getKey();
            List<Event> runs = e.getValue();
            String who = r.registrar.getOrDefault(cb, "?");
            if (runs.size() > 1) {
                return Optional.of(new Violation(cb + " runs once", runs.size() + " runs: " + runs,
                        "callback " + cb + " (registered by " + who + ") ran " + runs.size()
                                + " times: each callback runs exactly once"));
            }
            if (runs.isEmpty()) {
                if (finished && winner != null) {
                    return Optional.of(new Violation(cb + callbackArgs(winner.step), cb + " never ran",
                            "callback " + cb + " (registered by " + who + ") was lost: every callback runs once the "
                                    + "promise is completed, also one registered while it is being completed"));
                }
                continue;
            }
            Event run = runs.get(0);
            if (winner == null) {
                if (finished) {
                    return Optional.of(new Violation("no callback runs: nothing completed the promise",
                            run.toString(), "callback " + cb + " ran though nothing completed the promise"));
                }
                continue;
            }
            String expected = cb + callbackArgs(winner.step);
            if (!expected.equals(run.token())) {
                return Optional.of(new Violation(expected + " (" + describe(winner) + ")", run.toString(),
                        "callback " + cb + " must get the winner's outcome"));
            }
            if (run.seq() < winner.call.seq()) {
                return Optional.of(new Violation(cb + " runs after the completion", run + " before " + winner.thread
                        + " called " + winner.step.call(), "callback " + cb + " ran before the promise was completed"));
            }
        }
        return checkOrder(r);
    }

    /** The callbacks of one thread run in the order it registered them. */
    private static Optional<Violation> checkOrder(Reading r) {
        for (List<Call> thread : r.threads) {
            Event last = null;
            String lastName = null;
            for (Call c : thread) {
                if (c.step.kind() != Step.Kind.ON_COMPLETE) {
                    continue;
                }
                List<Event> runs = r.runs.get(c.step.callback());
                if (runs.isEmpty()) {
                    continue;
                }
                Event run = runs.get(0);
                if (last != null && run.seq() < last.seq()) {
                    return Optional.of(new Violation(lastName + " runs before " + c.step.callback(),
                            run + " before " + last, c.thread + " registered " + lastName + " before "
                                    + c.step.callback() + ", but " + c.step.callback() + " ran first: the callbacks "
                                    + "of one thread run in the order it registered them"));
                }
                last = run;
                lastName = c.step.callback();
            }
        }
        return Optional.empty();
    }

    private static String describe(Call c) {
        return c.step.call() + (c.outcome == null ? " (no outcome)" : ARROW + c.outcome);
    }

    /**
     * What each thread got, as a list per thread: each call's outcome, and for each callback
     * it registered, the arguments it ran with ({@code c2(4)}, {@code c2(oops)}), or
     * {@code c2(never)}.
     */
    static String output(Script script, List<Event> events) {
        Reading r = new Reading(script, events);
        List<String> threads = new ArrayList<>();
        for (List<Call> thread : r.threads) {
            List<String> items = new ArrayList<>();
            for (Call c : thread) {
                if (c.step.kind() == Step.Kind.ON_COMPLETE) {
                    List<Event> runs = r.runs.get(c.step.callback());
                    StringBuilder sb = new StringBuilder(c.step.callback());
                    if (runs.isEmpty()) {
                        sb.append("(never)");
                    }
                    for (Event run : runs) {
                        Matcher m = CALLBACK.matcher(run.token());
                        m.matches();
                        String args = m.group(2);
                        sb.append('(').append(args.startsWith("null, ") ? args.substring(6)
                                : args.endsWith(", null") ? args.substring(0, args.length() - 6) : args).append(')');
                    }
                    items.add(sb.toString());
                } else {
                    items.add(c.outcome == null ? "?" : c.outcome);
                }
            }
            threads.add(items.stream().collect(Collectors.joining(", ", "[", "]")));
        }
        return threads.stream().collect(Collectors.joining(", ", "[", "]"));
    }
}
