package org.concurrencykit.problems.verificationqueue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;

/**
 * The rules of a verification queue round, judged over its whole event log, and the tokens
 * the round's threads record.
 *
 * <p>The arrivals thread records {@code join(u)} before each {@code join} call and
 * {@code joined(u)} after it, then {@code cpu(c,w)}: the CPU time {@code c} the solution's
 * threads used during the {@code w} microseconds the arrivals took; then {@code close()} and
 * {@code closed} around the {@code close} call, and {@code alive(name)} for each thread of the
 * solution still running shortly after {@code close} returned. Each verification records
 * {@code start(r,u)} and {@code end(r,u)}, on the referee's thread.
 *
 * <p>A round is correct when, in the log's order:
 * <ol>
 *   <li>every verification names a referee {@code 0..referees-1} and runs on a thread other
 *       than the arrivals (join hands over; it never verifies);
 *   <li>no user is verified twice, and no referee verifies two users at once;
 *   <li>verifications start in arrival order, as far as the log can tell: when user u's
 *       starts, the earlier users not yet started are no more than the other free referees,
 *       each of which may have taken one and not yet recorded it;
 *   <li>the solution's threads used less than half a core, or under {@link #SPIN_NANOS}, while
 *       the users arrived: waiting blocks, it does not spin (judged first: spinning slows
 *       everything else down);
 *   <li>over the round, free referees were idle while users waited for less time than the
 *       referees spent verifying, and the join calls blocked for less than a quarter of it,
 *       each allowed at least {@link #TOLERANCE_NANOS} of scheduling noise. The rules add up
 *       a round rather than judge each hand-off, because one slow hand-off is noise (a cold
 *       JVM, a loaded machine) while referees that take turns, or a join that waits for a
 *       referee, lose a whole verification's time at every user;
 *   <li>when {@code close} returns, every user has been verified and no verification is still
 *       running or starts later, and every thread the solution started has ended.
 * </ol>
 */
final class StoryChecker {
    /** Name of the thread that calls join and close. */
    static final String ARRIVALS = "arrivals";
    /**
     * Scheduling noise allowed per round: free referees idle while users wait, in all, and the
     * join calls, in all, may take this long (10 story seconds) or, in long rounds, a share of
     * the time spent verifying; noise costs a few percent of it, even on a loaded machine,
     * while referees that take turns leave the others idle for as long as one verifies.
     */
    static final long TOLERANCE_NANOS = 10 * Story.NANOS_PER_SECOND;
    /** CPU below this while the users arrive is never called spinning (class loading, JIT'd code warming up). */
    static final long SPIN_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    static final String CLOSE = "close() ";
    static final String CLOSED = "closed ";
    private static final String RULES = "each user verified once, in the order they joined, by a free referee "
            + "(one user per referee at a time, none idle while a user waits), join returning at once, "
            + "no spinning, and close returning once all are verified and every thread has ended";

    private StoryChecker() {
    }

    static String join(int user) {
        return "join(" + user + ") ";
    }

    static String joined(int user) {
        return "joined(" + user + ") ";
    }

    static String start(int referee, int user) {
        return "start(" + referee + "," + user + ") ";
    }

    static String end(int referee, int user) {
        return "end(" + referee + "," + user + ") ";
    }

    static String cpu(long cpuNanos, long wallNanos) {
        return "cpu(" + cpuNanos / 1000 + "," + wallNanos / 1000 + ") ";
    }

    static String alive(String thread) {
        return "alive(" + thread.replace(')', ']') + ") ";
    }

    /** What a recorded token says. */
    enum Kind { JOIN, JOINED, START, END, CPU, CLOSE, CLOSED, ALIVE }

    /** One parsed event: {@code a} and {@code b} are the user, or the referee and the user, or the CPU and wall microseconds. */
    record Step(Kind kind, long a, long b, String name, Event event) {
        int user() {
            return (int) (kind == Kind.START || kind == Kind.END ? b : a);
        }

        int referee() {
            return (int) a;
        }

        long nanos() {
            return event.nanos();
        }
    }

    /** The event's meaning, or empty for a token this problem does not record. */
    static Optional<Step> parse(Event e) {
        String t = e.token().strip();
        if (t.equals(CLOSE.strip())) {
            return Optional.of(new Step(Kind.CLOSE, 0, 0, "", e));
        }
        if (t.equals(CLOSED.strip())) {
            return Optional.of(new Step(Kind.CLOSED, 0, 0, "", e));
        }
        int open = t.indexOf('(');
        if (open < 0 || !t.endsWith(")")) {
            return Optional.empty();
        }
        String args = t.substring(open + 1, t.length() - 1);
        Kind kind;
        switch (t.substring(0, open)) {
            case "join" -> kind = Kind.JOIN;
            case "joined" -> kind = Kind.JOINED;
            case "start" -> kind = Kind.START;
            case "end" -> kind = Kind.END;
            case "cpu" -> kind = Kind.CPU;
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

    static Optional<Violation> check(Story story, List<Event> events) {
        return new Pass(story, steps(events), true).run();
    }

    /** The rules the events of a round that never finished already break. */
    static Optional<Violation> checkUnfinished(Story story, List<Event> events) {
        return new Pass(story, steps(events), false).run();
    }

    /** One pass over a round's steps. */
    private static final class Pass {
        private final Story story;
        private final List<Step> steps;
        /** Whether the round ended (else it hung, and its end is not judged). */
        private final boolean finished;
        /** Per referee, the user they are verifying, or 0. */
        private final int[] busyWith;
        /** Per user, the referee who started verifying them, or -1. */
        private final int[] startedBy;
        private final boolean[] ended;
        private final boolean[] joined;
        private final long[] joinedAt;
        private int busy;
        private int waiting;
        private boolean closed;
        /** Referee-nanoseconds spent free while a user waited, and spent verifying. */
        private double idleNanos;
        private double busyNanos;
        private long lastNanos;
        private boolean timed;
        /** Nanoseconds the join calls took, in all, and the longest. */
        private long joinNanos;
        private long longestJoin;
        private int longestJoinUser;

        Pass(Story story, List<Step> steps, boolean finished) {
            this.story = story;
            this.steps = steps;
            this.finished = finished;
            busyWith = new int[story.referees()];
            startedBy = new int[story.users() + 1];
            Arrays.fill(startedBy, -1);
            ended = new boolean[story.users() + 1];
            joined = new boolean[story.users() + 1];
            joinedAt = new long[story.users() + 1];
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
                accumulate(s.nanos());
                String why = step(s);
                if (why != null) {
                    return Optional.of(violation(why));
                }
            }
            if (!closed && finished) {
                List<Integer> never = unverified();
                return Optional.of(violation(never.isEmpty() ? "close() never returned"
                        : "close() never returned, and " + users(never) + " never verified"));
            }
            return Optional.empty();
        }

        /** Applies one step; the rule it breaks, or null. */
        private String step(Step s) {
            switch (s.kind()) {
                case JOIN -> {
                    int u = s.user();
                    if (u >= 1 && u <= story.users()) {
                        joined[u] = true;
                        joinedAt[u] = s.nanos();
                        waiting++;
                    }
                }
                case JOINED -> {
                    int u = s.user();
                    if (u >= 1 && u <= story.users()) {
                        long took = s.nanos() - joinedAt[u];
                        joinNanos += took;
                        if (took > longestJoin) {
                            longestJoin = took;
                            longestJoinUser = u;
                        }
                    }
                }
                case START -> {
                    return start(s);
                }
                case END -> {
                    int r = s.referee();
                    int u = s.user();
                    if (r >= 0 && r < busyWith.length && busyWith[r] == u) {
                        busyWith[r] = 0;
                        busy--;
                    }
                    if (u >= 1 && u <= story.users()) {
                        ended[u] = true;
                    }
                    if (closed) {
                        return "referee " + r + " finished user " + u + " after close() had returned";
                    }
                }
                case CPU -> {
                    return spinning(s);
                }
                case CLOSE -> {
                    // The arrivals are over; nothing to check yet.
                }
                case CLOSED -> {
                    closed = true;
                    for (int r = 0; r < busyWith.length; r++) {
                        if (busyWith[r] != 0) {
                            return "close() returned while referee " + r + " was still verifying user " + busyWith[r];
                        }
                    }
                    List<Integer> never = unverified();
                    if (!never.isEmpty()) {
                        return "close() returned, but " + users(never) + " never verified: the referees stopped "
                                + "before the queue was empty";
                    }
                    if (joinNanos > Math.max(TOLERANCE_NANOS, busyNanos / 4)) {
                        return String.format("join blocked the arrivals for %.0f ms in all (join(%d) alone %.0f ms), "
                                + "against %.0f ms spent verifying: join must hand the user over and return at once, "
                                + "never wait for a referee", joinNanos / 1e6, longestJoinUser, longestJoin / 1e6,
                                busyNanos / 1e6);
                    }
                    if (idleNanos > Math.max(TOLERANCE_NANOS, busyNanos)) {
                        return String.format("while users waited, free referees sat idle for %.0f ms in all, more than "
                                + "the %.0f ms spent verifying: the referees take turns instead of working side by side "
                                + "(is a lock held while verifying?)", idleNanos / 1e6, busyNanos / 1e6);
                    }
                }
                case ALIVE -> {
                    return "thread " + s.name() + " was still running after close() returned: close must end "
                            + "every thread it started";
                }
                default -> throw new AssertionError(s.kind());
            }
            return null;
        }

        private String start(Step s) {
            int r = s.referee();
            int u = s.user();
            if (r < 0 || r >= busyWith.length) {
                return "user " + u + " was verified by referee " + r + ", but the referees are numbered 0 to "
                        + (busyWith.length - 1);
            }
            if (u < 1 || u > story.users() || !joined[u]) {
                return "referee " + r + " verified user " + u + ", who never joined";
            }
            if (s.event().thread().equals(ARRIVALS)) {
                return "user " + u + " was verified on the thread that called join: join must hand the user to "
                        + "a referee's thread and return";
            }
            if (startedBy[u] >= 0) {
                return "user " + u + " was verified twice, by referee " + startedBy[u] + " and by referee " + r;
            }
            if (closed) {
                return "referee " + r + " started verifying user " + u + " after close() had returned";
            }
            if (busyWith[r] != 0) {
                return "referee " + r + " started verifying user " + u + " while still verifying user " + busyWith[r]
                        + ": a referee verifies one user at a time";
            }
            List<Integer> earlier = new ArrayList<>();
            for (int v = 1; v < u; v++) {
                if (startedBy[v] < 0) {
                    earlier.add(v);
                }
            }
            int otherFree = story.referees() - busy - 1;
            if (earlier.size() > otherFree) {
                return "user " + u + " was taken while " + named(earlier) + ", who joined earlier, still waited: "
                        + "users are verified in the order they joined";
            }
            startedBy[u] = r;
            busyWith[r] = u;
            busy++;
            waiting--;
            return null;
        }

        private String spinning(Step s) {
            long cpu = TimeUnit.MICROSECONDS.toNanos(s.a());
            long wall = TimeUnit.MICROSECONDS.toNanos(s.b());
            if (cpu > SPIN_NANOS && 2 * cpu > wall) {
                return String.format("your threads were on a CPU for %d ms of the %d ms the users took to arrive: "
                        + "a referee waiting for a user spins instead of blocking (take(), await(), acquire(), wait())",
                        TimeUnit.NANOSECONDS.toMillis(cpu), TimeUnit.NANOSECONDS.toMillis(wall));
            }
            return null;
        }

        /** Adds the time since the last step to the idle and busy referee-time. */
        private void accumulate(long now) {
            if (timed) {
                long dt = now - lastNanos;
                idleNanos += (double) Math.min(waiting, story.referees() - busy) * dt;
                busyNanos += (double) busy * dt;
            }
            timed = true;
            lastNanos = now;
        }

        private List<Integer> unverified() {
            List<Integer> never = new ArrayList<>();
            for (int u = 1; u <= story.users(); u++) {
                if (startedBy[u] < 0) {
                    never.add(u);
                }
            }
            return never;
        }

        private Violation violation(String why) {
            return new Violation(RULES, served(story, steps), why);
        }
    }

    /** Who verified whom, per referee, in order, e.g. {@code referee 0: 1 3 5 · referee 1: 2 4}. */
    static String served(Story story, List<Step> steps) {
        Map<Integer, StringBuilder> byReferee = new TreeMap<>();
        for (int r = 0; r < story.referees(); r++) {
            byReferee.put(r, new StringBuilder());
        }
        boolean[] started = new boolean[story.users() + 1];
        for (Step s : steps) {
            if (s.kind() == Kind.START) {
                byReferee.computeIfAbsent(s.referee(), r -> new StringBuilder()).append(' ').append(s.user());
                if (s.user() >= 1 && s.user() <= story.users()) {
                    started[s.user()] = true;
                }
            }
        }
        StringJoiner all = new StringJoiner(" · ");
        byReferee.forEach((r, users) -> all.add("referee " + r + ":" + (users.length() == 0 ? " none" : users)));
        StringBuilder never = new StringBuilder();
        for (int u = 1; u <= story.users(); u++) {
            if (!started[u]) {
                never.append(' ').append(u);
            }
        }
        if (never.length() > 0) {
            all.add("never verified:" + never);
        }
        return all.toString();
    }

    /** A duration in milliseconds and story seconds. */
    static String story(long nanos) {
        return String.format("%.1f ms (%.1f story seconds)", nanos / 1e6, (double) nanos / Story.NANOS_PER_SECOND);
    }

    /** "user 3 was" or "users 3, 4 were". */
    static String users(List<Integer> users) {
        return named(users) + (users.size() == 1 ? " was" : " were");
    }

    /** "user 3" or "users 3, 4". */
    static String named(List<Integer> users) {
        StringJoiner j = new StringJoiner(", ", users.size() == 1 ? "user " : "users ", "");
        users.forEach(u -> j.add(Integer.toString(u)));
        return j.toString();
    }

    /**
     * The round as the story tells it, one line per story second: who joined, which referee
     * took whom, who was done, when close was called and when it returned.
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
                case JOIN -> "user " + s.user() + " joins";
                case START -> "referee " + s.referee() + " takes user " + s.user();
                case END -> "referee " + s.referee() + " done with user " + s.user();
                case CLOSE -> "close()";
                case CLOSED -> "close() returns";
                case ALIVE -> "thread " + s.name() + " still running";
                case JOINED, CPU -> null;
            };
            if (phrase != null) {
                long second = Math.round((double) (s.nanos() - t0) / Story.NANOS_PER_SECOND);
                lines.computeIfAbsent(second, k -> new StringJoiner("; ")).add(phrase);
            }
        }
        StringJoiner out = new StringJoiner("\n");
        lines.forEach((second, line) -> out.add(String.format("%3ds  %s", second, line)));
        return out.toString();
    }
}
