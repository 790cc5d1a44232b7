package org.concurrencykit.problems.threadpool;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;

/**
 * The rules of a thread pool round, judged over its whole event log, and the tokens the
 * round's threads record.
 *
 * <p>A submitter records {@code submit(t)} before each {@code submit} call and
 * {@code accepted(t)} or {@code rejected(t)} after it. Each task records {@code start(t)} and
 * {@code end(t)} on the thread that runs it. Submitter 1 records {@code cpu(c,w)}: the CPU
 * time {@code c} the pool's threads used during the {@code w} microseconds its submits took;
 * then {@code shutdown()} and {@code shut} around the {@code shutdown} call,
 * {@code await(ms)} and {@code awaited(true|false)} around each {@code awaitTermination},
 * and, after one returned true, {@code alive(name)} for each thread of the pool still
 * running shortly after.
 *
 * <p>A round is correct when, in the log's order:
 * <ol>
 *   <li>the pool's threads used less than half a core, or under {@link #SPIN_NANOS}, while the
 *       tasks were submitted: an idle worker blocks, it does not spin (judged first: spinning
 *       slows everything else down);
 *   <li>a submit that returned before {@code shutdown()} was called was accepted, and one
 *       that began after {@code shutdown()} returned was rejected;
 *   <li>every task runs on a thread other than the submitters, only if accepted, only once,
 *       and never after the pool said it terminated; at most {@code threads} run at once;
 *   <li>{@code awaitTermination} returns {@code true} only when every accepted task has
 *       ended, and {@code false} only once its timeout has elapsed
 *       ({@link #EARLY_NANOS} allowed for rounding);
 *   <li>when the round ends, every accepted task has run, and no thread of the pool was still
 *       running after {@code awaitTermination} returned {@code true}.
 * </ol>
 */
final class PoolChecker {
    /** Name of the submitter that also shuts the pool down and awaits it. */
    static final String SUBMITTER_1 = "submitter-1";
    /** Name of the second submitter, when there is one. */
    static final String SUBMITTER_2 = "submitter-2";
    /** CPU below this while the tasks are submitted is never called spinning (class loading, JIT). */
    static final long SPIN_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    /** How much earlier than its timeout an awaitTermination may return false (a timeout rounded to ms). */
    static final long EARLY_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    static final String SHUTDOWN = "shutdown() ";
    static final String SHUT = "shut ";
    private static final String RULES = "every accepted task run exactly once on a worker, at most `threads` at a time, "
            + "submits after shutdown() rejected, shutdown draining the queue, awaitTermination true only once every "
            + "task and worker has ended, no spinning";

    private PoolChecker() {
    }

    static String submit(int task) {
        return "submit(" + task + ") ";
    }

    static String accepted(int task) {
        return "accepted(" + task + ") ";
    }

    static String rejected(int task) {
        return "rejected(" + task + ") ";
    }

    static String start(int task) {
        return "start(" + task + ") ";
    }

    static String end(int task) {
        return "end(" + task + ") ";
    }

    static String cpu(long cpuNanos, long wallNanos) {
        return "cpu(" + cpuNanos / 1000 + "," + wallNanos / 1000 + ") ";
    }

    static String await(long millis) {
        return "await(" + millis + ") ";
    }

    static String awaited(boolean terminated) {
        return "awaited(" + terminated + ") ";
    }

    static String alive(String thread) {
        return "alive(" + thread.replace(')', ']') + ") ";
    }

    /** What a recorded token says. */
    enum Kind { SUBMIT, ACCEPTED, REJECTED, START, END, CPU, SHUTDOWN, SHUT, AWAIT, AWAITED, ALIVE }

    /**
     * One parsed event: {@code a} is the task, or the CPU microseconds, or the await's
     * milliseconds, or 1 for {@code awaited(true)}; {@code b} the wall microseconds.
     */
    record Step(Kind kind, long a, long b, String name, Event event) {
        int task() {
            return (int) a;
        }

        long nanos() {
            return event.nanos();
        }
    }

    /** The event's meaning, or empty for a token this problem does not record. */
    static Optional<Step> parse(Event e) {
        String t = e.token().strip();
        if (t.equals(SHUTDOWN.strip())) {
            return Optional.of(new Step(Kind.SHUTDOWN, 0, 0, "", e));
        }
        if (t.equals(SHUT.strip())) {
            return Optional.of(new Step(Kind.SHUT, 0, 0, "", e));
        }
        int open = t.indexOf('(');
        if (open < 0 || !t.endsWith(")")) {
            return Optional.empty();
        }
        String args = t.substring(open + 1, t.length() - 1);
        Kind kind;
        switch (t.substring(0, open)) {
            case "submit" -> kind = Kind.SUBMIT;
            case "accepted" -> kind = Kind.ACCEPTED;
            case "rejected" -> kind = Kind.REJECTED;
            case "start" -> kind = Kind.START;
            case "end" -> kind = Kind.END;
            case "cpu" -> kind = Kind.CPU;
            case "await" -> kind = Kind.AWAIT;
            case "awaited" -> {
                return Optional.of(new Step(Kind.AWAITED, args.equals("true") ? 1 : 0, 0, "", e));
            }
            case "alive" -> {
                return Optional.of(new Step(Kind.ALIVE, 0, 0, args, e));
            }
            default -> {
                return Optional.empty();
            }
        }
        try {
            String[] parts = args.split(",", -1);
            long a = Long.parseLong(parts[0]);
            long b = parts.length > 1 ? Long.parseLong(parts[1]) : 0;
            return Optional.of(new Step(kind, a, b, "", e));
        } catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

    static List<Step> steps(List<Event> events) {
        List<Step> steps = new ArrayList<>();
        for (Event e : events) {
            parse(e).ifPresent(steps::add);
        }
        return steps;
    }

    static Optional<Violation> check(Workload w, List<Event> events) {
        return new Pass(w, steps(events), true).run();
    }

    /** The rules the events of a round that never finished already break. */
    static Optional<Violation> checkUnfinished(Workload w, List<Event> events) {
        return new Pass(w, steps(events), false).run();
    }

    /** One pass over a round's steps. */
    private static final class Pass {
        private final Workload w;
        private final List<Step> steps;
        /** Whether the round ended (else it hung, and its end is not judged). */
        private final boolean finished;
        private final boolean[] submitted;
        /** Per task: whether its submit began after shutdown() returned. */
        private final boolean[] submittedAfterShut;
        /** Per task: 0 no answer yet, 1 accepted, 2 rejected. */
        private final int[] answer;
        private final boolean[] started;
        private final boolean[] ended;
        private int running;
        private int mostRunning;
        private boolean shutdownCalled;
        private boolean shut;
        private boolean terminated;
        private long awaitMillis;
        private long awaitNanos;

        Pass(Workload w, List<Step> steps, boolean finished) {
            this.w = w;
            this.steps = steps;
            this.finished = finished;
            int n = w.lateTask() + 1;
            submitted = new boolean[n];
            submittedAfterShut = new boolean[n];
            answer = new int[n];
            started = new boolean[n];
            ended = new boolean[n];
        }

        Optional<Violation> run() {
            for (Step s : steps) {
                if (s.kind() == Kind.CPU) {
                    String why = spinning(s);
                    if (why != null) {
                        // Spinning explains whatever else went slow: say it first.
                        return Optional.of(violation(why));
                    }
                }
            }
            for (Step s : steps) {
                String why = step(s);
                if (why != null) {
                    return Optional.of(violation(why));
                }
            }
            if (finished) {
                List<Integer> never = acceptedNeverRun();
                if (!never.isEmpty()) {
                    return Optional.of(violation(tasks(never) + " accepted but never ran: shutdown() must let the "
                            + "queued tasks run before the workers stop"));
                }
                if (!terminated) {
                    return Optional.of(violation("awaitTermination never returned true"));
                }
            }
            return Optional.empty();
        }

        private boolean known(int t) {
            return t >= 1 && t < submitted.length && submitted[t];
        }

        /** Applies one step; the rule it breaks, or null. */
        private String step(Step s) {
            int t = s.task();
            switch (s.kind()) {
                case SUBMIT -> {
                    if (t >= 1 && t < submitted.length) {
                        submitted[t] = true;
                        submittedAfterShut[t] = shut;
                    }
                }
                case ACCEPTED -> {
                    if (known(t)) {
                        answer[t] = 1;
                        if (submittedAfterShut[t]) {
                            return "submit(task " + t + ") began after shutdown() had returned, yet it was accepted: "
                                    + "a shut down pool rejects new tasks";
                        }
                    }
                }
                case REJECTED -> {
                    if (known(t)) {
                        answer[t] = 2;
                        if (!shutdownCalled) {
                            return "submit(task " + t + ") returned false before shutdown() was called: a running "
                                    + "pool accepts every task";
                        }
                        if (started[t]) {
                            return "task " + t + " was rejected, yet it ran";
                        }
                    }
                }
                case START -> {
                    return start(s);
                }
                case END -> {
                    if (known(t) && started[t] && !ended[t]) {
                        ended[t] = true;
                        running--;
                    }
                }
                case CPU -> {
                    return spinning(s);
                }
                case SHUTDOWN -> shutdownCalled = true;
                case SHUT -> shut = true;
                case AWAIT -> {
                    awaitMillis = s.a();
                    awaitNanos = s.nanos();
                }
                case AWAITED -> {
                    return awaited(s);
                }
                case ALIVE -> {
                    return "thread " + s.name() + " was still running after awaitTermination returned true: every "
                            + "worker must have ended by then";
                }
                default -> throw new AssertionError(s.kind());
            }
            return null;
        }

        private String start(Step s) {
            int t = s.task();
            if (!known(t)) {
                return "task " + t + " ran, but it was never submitted";
            }
            String thread = s.event().thread();
            if (thread.equals(SUBMITTER_1) || thread.equals(SUBMITTER_2)) {
                return "task " + t + " ran on " + thread + ", the thread that called submit: submit must hand the "
                        + "task to a worker and return";
            }
            if (started[t]) {
                return "task " + t + " ran twice";
            }
            if (answer[t] == 2) {
                return "task " + t + " was rejected, yet it ran";
            }
            if (terminated) {
                return "task " + t + " started after awaitTermination had returned true";
            }
            started[t] = true;
            running++;
            mostRunning = Math.max(mostRunning, running);
            if (running > w.threads()) {
                return running + " tasks ran at once (" + named(runningNow()) + "), but the pool has " + w.threads()
                        + " thread" + (w.threads() == 1 ? "" : "s") + ": at most that many tasks run at a time";
            }
            return null;
        }

        private String awaited(Step s) {
            if (s.a() == 1) {
                List<Integer> never = acceptedNeverRun();
                if (!never.isEmpty()) {
                    return "the pool terminated, but " + tasks(never) + " accepted and never ran: shutdown() must "
                            + "let the queued tasks run before the workers stop";
                }
                List<Integer> notDone = runningNow();
                if (!notDone.isEmpty()) {
                    return "awaitTermination returned true while " + tasks(notDone)
                            + " still running: it must wait for every accepted task to end";
                }
                terminated = true;
                return null;
            }
            long waited = s.nanos() - awaitNanos;
            long timeout = TimeUnit.MILLISECONDS.toNanos(awaitMillis);
            if (waited < timeout - EARLY_NANOS) {
                return String.format("awaitTermination(%d ms) returned false after %.1f ms: false means the timeout "
                        + "elapsed; until then it must wait for the pool to terminate", awaitMillis, waited / 1e6);
            }
            return null;
        }

        private List<Integer> runningNow() {
            List<Integer> now = new ArrayList<>();
            for (int t = 1; t < started.length; t++) {
                if (started[t] && !ended[t]) {
                    now.add(t);
                }
            }
            return now;
        }

        private List<Integer> acceptedNeverRun() {
            List<Integer> never = new ArrayList<>();
            for (int t = 1; t < answer.length; t++) {
                if (answer[t] == 1 && !started[t]) {
                    never.add(t);
                }
            }
            return never;
        }

        private String spinning(Step s) {
            long cpu = TimeUnit.MICROSECONDS.toNanos(s.a());
            long wall = TimeUnit.MICROSECONDS.toNanos(s.b());
            if (cpu > SPIN_NANOS && 2 * cpu > wall) {
                return String.format("the pool's threads were on a CPU for %d ms of the %d ms the submits took: an "
                        + "idle worker spins instead of blocking (take(), await(), acquire(), wait())",
                        TimeUnit.NANOSECONDS.toMillis(cpu), TimeUnit.NANOSECONDS.toMillis(wall));
            }
            return null;
        }

        private Violation violation(String why) {
            return new Violation(RULES, summary(w, steps), why);
        }
    }

    /** Which tasks were accepted, rejected and run, e.g. {@code ran 1 2 3 · rejected 4 · never ran 5}. */
    static String summary(Workload w, List<Step> steps) {
        int n = w.lateTask() + 1;
        int[] starts = new int[n];
        int[] answer = new int[n];
        int most = 0;
        int running = 0;
        for (Step s : steps) {
            int t = s.task();
            boolean inRange = t >= 1 && t < n;
            switch (s.kind()) {
                case START -> {
                    if (inRange) {
                        starts[t]++;
                    }
                    most = Math.max(most, ++running);
                }
                case END -> running--;
                case ACCEPTED -> {
                    if (inRange) {
                        answer[t] = 1;
                    }
                }
                case REJECTED -> {
                    if (inRange) {
                        answer[t] = 2;
                    }
                }
                default -> {
                }
            }
        }
        StringJoiner all = new StringJoiner(" · ");
        add(all, "ran", n, t -> starts[t] == 1);
        add(all, "ran twice or more", n, t -> starts[t] > 1);
        add(all, "rejected", n, t -> answer[t] == 2);
        add(all, "accepted, never ran", n, t -> answer[t] == 1 && starts[t] == 0);
        all.add("at most " + most + " at once");
        return all.toString();
    }

    private static void add(StringJoiner all, String label, int n, java.util.function.IntPredicate which) {
        StringBuilder sb = new StringBuilder();
        for (int t = 1; t < n; t++) {
            if (which.test(t)) {
                sb.append(' ').append(t);
            }
        }
        if (sb.length() > 0) {
            all.add(label + sb);
        }
    }

    /** "task 3 was" or "tasks 3, 4 were". */
    static String tasks(List<Integer> tasks) {
        return named(tasks) + (tasks.size() == 1 ? " was" : " were");
    }

    /** "task 3" or "tasks 3, 4". */
    static String named(List<Integer> tasks) {
        StringJoiner j = new StringJoiner(", ", tasks.size() == 1 ? "task " : "tasks ", "");
        tasks.forEach(t -> j.add(Integer.toString(t)));
        return j.toString();
    }

    /**
     * The round as a timeline, one line per tick: submits and their answers, tasks starting
     * and ending, the shutdown and the awaits.
     */
    static String timeline(List<Event> events) {
        List<Step> steps = steps(events);
        if (steps.isEmpty()) {
            return "";
        }
        long t0 = steps.get(0).nanos();
        Map<Long, StringJoiner> lines = new LinkedHashMap<>();
        for (Step s : steps) {
            String phrase = switch (s.kind()) {
                case SUBMIT -> "submit " + s.task();
                case REJECTED -> "task " + s.task() + " rejected";
                case START -> "task " + s.task() + " starts";
                case END -> "task " + s.task() + " ends";
                case SHUTDOWN -> "shutdown()";
                case AWAIT -> "awaitTermination(" + s.a() + " ms)";
                case AWAITED -> "it returns " + (s.a() == 1);
                case ALIVE -> "thread " + s.name() + " still running";
                case ACCEPTED, CPU, SHUT -> null;
            };
            if (phrase != null) {
                long tick = Math.round((double) (s.nanos() - t0) / Workload.NANOS_PER_TICK);
                lines.computeIfAbsent(tick, k -> new StringJoiner("; ")).add(phrase);
            }
        }
        StringJoiner out = new StringJoiner("\n");
        lines.forEach((tick, line) -> out.add(String.format("%3d  %s", tick, line)));
        return out.toString();
    }
}
