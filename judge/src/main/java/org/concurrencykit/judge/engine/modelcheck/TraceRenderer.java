package org.concurrencykit.judge.engine.modelcheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Lincheck's raw trace (hundreds to thousands of rows, most of them the judge's
 * harness and the JDK's internals) into the interleaving in terms of the user's code: one
 * line per thing a solution thread did in the user's file, in the order it happened, with
 * the callbacks' outputs ({@code printSecond.run() -> "second"}), the points where the
 * model checker switched threads, and where each thread stopped. Lines fit 100 columns.
 */
final class TraceRenderer {
    /** Widest line the renderer writes. */
    static final int WIDTH = 100;
    /** Most lines of interleaving shown; the start and the end are kept. */
    static final int MAX_LINES = 120;
    private static final int HEAD_LINES = 20;
    /** Lines kept after the first wrong output when the interleaving is cut. */
    private static final int AFTER_FOCUS = 6;
    private static final int MAX_INDENT = 6;
    /** Widest thread name shown whole ({@code philosopher-4}, {@code consumer-12}). */
    private static final int MAX_ROLE = 16;

    private static final Pattern ROLE = Pattern.compile(".*\\brole\\((\\d+), \"(.*)\"\\)");
    private static final Pattern EMIT = Pattern.compile("(?:.*\\.)?emit\\(\"(.*)\"\\)");
    private static final Pattern LOCK_CALL = Pattern.compile("(?:(.+)\\.)?(lock|lockInterruptibly)\\(\\)(?::.*)?");
    private static final Pattern TRY_LOCK = Pattern.compile("(?:(.+)\\.)?tryLock\\(.*\\): true");
    private static final Pattern UNLOCK_CALL = Pattern.compile("(?:(.+)\\.)?unlock\\(\\)");
    private static final Pattern JOIN_REASON = Pattern.compile("waiting for Thread (\\d+) to finish");

    /** What a thread was doing when the trace ends. */
    enum Kind {
        /** Blocked acquiring a lock: a monitor ({@code synchronized}) or a {@code Lock}. */
        LOCK,
        /** Blocked waiting for a signal: {@code wait()}, {@code await()}, {@code acquire()}, {@code join()}, a park. */
        WAIT,
        /** Running in the user's own code without making progress. */
        SPIN,
        /** Nothing known: the trace shows no blocking point. */
        UNKNOWN
    }

    /**
     * Where a thread stopped.
     *
     * @param role  the thread's name
     * @param kind  how it is stuck
     * @param call  the call it is stuck in, as the user wrote it ({@code other.lock()}), or ""
     * @param line  its line in the user's file, or -1
     * @param holds locks it holds: {@code mine (line 44)}
     */
    record Stop(String role, Kind kind, String call, int line, List<String> holds) {
        Stop {
            holds = List.copyOf(holds);
        }
    }

    /**
     * A call Java would have thrown {@link IllegalMonitorStateException} for, which the model
     * checker lets pass: {@code wait()} or {@code notify()} by a thread holding no monitor.
     *
     * @param role the thread
     * @param call {@code wait()} or {@code notify()}
     * @param line its line in the user's file
     */
    record Misuse(String role, String call, int line) {
    }

    /**
     * The rendering.
     *
     * @param lines  the interleaving, one event per line
     * @param stops  where each thread the problem registered stopped, by its registration index
     * @param file   the user's source file the line numbers refer to, or ""
     * @param misuse the first {@code wait()}/{@code notify()} without a monitor, or null
     */
    record Rendering(List<String> lines, Map<Integer, Stop> stops, String file, Misuse misuse) {
        Rendering {
            lines = List.copyOf(lines);
            stops = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stops));
        }
    }

    private final RawTrace trace;
    private final Set<String> userClasses;
    private final Map<Integer, String> roles = new HashMap<>();
    private final Map<Integer, Integer> lanes = new HashMap<>();
    private final Map<Integer, List<Step>> paths = new HashMap<>();
    private final Map<Integer, Integer> baseDepth = new HashMap<>();
    private final Map<Integer, String> lastSwitch = new HashMap<>();
    private final Map<Integer, Locks> locks = new HashMap<>();
    private final Map<Integer, RawTrace.Row> lastUser = new HashMap<>();
    private final Map<Integer, Pending> pending = new HashMap<>();
    private final List<Out> out = new ArrayList<>();
    /** The lines that show an output, in the order of the outputs. */
    private final List<Out> outputs = new ArrayList<>();
    private String file = "";
    private Misuse misuse;

    /** A row on a thread's current call path, and the line it was shown as (if any). */
    private record Step(RawTrace.Row row, Out shown) {
    }

    /** One output line under construction. */
    private static final class Out {
        final int column;
        final int line;
        final int indent;
        String text;
        final boolean isSwitch;

        Out(int column, int line, int indent, String text, boolean isSwitch) {
            this.column = column;
            this.line = line;
            this.indent = indent;
            this.text = text;
            this.isSwitch = isSwitch;
        }
    }

    /** An output whose callback began but whose event is not placed yet. */
    private record Pending(Out call, String token, boolean switched) {
        Pending(Out call, String token) {
            this(call, token, false);
        }
    }

    /** Locks a thread acquired in its own code and has not released, oldest first. */
    private static final class Locks {
        final List<String> held = new ArrayList<>();
    }

    /**
     * @param trace       Lincheck's table
     * @param userClasses the user's classes as Lincheck prints them: simple names, nested
     *                    classes joined by dots ({@code Foo}, {@code Foo.Node})
     */
    TraceRenderer(RawTrace trace, Set<String> userClasses) {
        this.trace = trace;
        this.userClasses = Set.copyOf(userClasses);
    }

    /** Renders the trace. */
    Rendering render() {
        return render(0, "");
    }

    /**
     * Renders the trace, marking output number {@code wrongOutput} (from 1; 0 for none), which
     * printed {@code token}, as the first wrong one; when the interleaving is too long to show
     * whole, the lines kept are the start and those leading up to that output. No mark when
     * the trace's outputs do not line up with the log's.
     */
    Rendering render(int wrongOutput, String token) {
        for (RawTrace.Row row : trace.rows()) {
            if (row.column() > 0) {
                step(row);
            }
        }
        for (Integer c : List.copyOf(pending.keySet())) {
            if (!pending.get(c).switched()) {
                settle(c);
            }
        }
        Map<Integer, Stop> stops = new LinkedHashMap<>();
        for (int c = 1; c < trace.columns().size(); c++) {
            if (paths.containsKey(c) && lanes.containsKey(c)) {
                stops.put(lanes.get(c), stop(c));
            }
        }
        boolean lined = wrongOutput >= 1 && wrongOutput <= outputs.size()
                && outputs.get(wrongOutput - 1).text.endsWith("-> \"" + token + "\"");
        return new Rendering(format(lined ? out.indexOf(outputs.get(wrongOutput - 1)) : -1, wrongOutput), stops,
                file, misuse);
    }

    private void step(RawTrace.Row row) {
        int c = row.column();
        List<Step> path = paths.computeIfAbsent(c, k -> new ArrayList<>());
        while (path.size() > row.depth()) {
            path.remove(path.size() - 1);
        }
        Matcher role = ROLE.matcher(row.text());
        if (role.matches() && row.location() != null && !isUser(row.location())) {
            lanes.put(c, Integer.parseInt(role.group(1)));
            roles.put(c, role.group(2));
            path.add(new Step(row, null));
            return;
        }
        Out shown = null;
        if (row.text().startsWith("switch")) {
            Pending p = pending.get(c);
            if (p != null) {
                pending.put(c, new Pending(p.call(), p.token(), true));
            }
            shown = switchLine(c, row, path);
        } else if (EMIT.matcher(row.text()).matches()) {
            settle(c);
            emitted(c, row, path);
        } else {
            settle(c);
            if (row.location() != null && isUser(row.location())) {
                shown = userLine(c, row);
            }
        }
        while (path.size() < row.depth()) {
            path.add(new Step(row, null));
        }
        path.add(new Step(row, shown));
    }

    private boolean isUser(RawTrace.Location where) {
        return userClasses.contains(where.className());
    }

    private Out userLine(int c, RawTrace.Row row) {
        String text = row.text();
        if (text.startsWith("loop(")) {
            return null;
        }
        if (file.isEmpty() && !row.location().file().isEmpty()) {
            file = row.location().file();
        }
        trackLocks(c, row);
        lastUser.put(c, row);
        int base = baseDepth.computeIfAbsent(c, k -> row.depth());
        if (row.depth() < base) {
            baseDepth.put(c, row.depth());
            base = row.depth();
        }
        Out o = new Out(c, row.location().line(), Math.min(MAX_INDENT, row.depth() - base), describe(row), false);
        out.add(o);
        return o;
    }

    /** The event as the user would say it. */
    private static String describe(RawTrace.Row row) {
        String t = row.text();
        String method = row.location().method();
        return switch (t) {
            case "MONITORENTER" -> row.location().line() <= 0 ? "enter synchronized " + method + "()" : "enter synchronized block";
            case "MONITOREXIT" -> "exit synchronized";
            case "WAIT" -> "wait()";
            case "NOTIFY" -> "notify()/notifyAll()";
            case "PARK" -> "LockSupport.park()";
            case "UNPARK" -> "LockSupport.unpark()";
            default -> {
                if (t.startsWith("<iteration")) {
                    yield "(loop " + t.substring(1, t.length() - 1) + ")";
                }
                int read = t.indexOf(" \u279C ");
                if (read > 0) {
                    yield "read " + t.substring(0, read) + ": " + t.substring(read + 3);
                }
                yield t.contains(" = ") && !t.contains("(") ? "write " + t : t;
            }
        };
    }

    /**
     * A callback's output. The {@code emit} row is written when the call begins; the event
     * is recorded a moment later, and the model checker may switch threads in between. So
     * the output is placed at the thread's next step: right after the call when the thread
     * went straight on, or where the thread resumed.
     */
    private void emitted(int c, RawTrace.Row row, List<Step> path) {
        Matcher m = EMIT.matcher(row.text());
        m.matches();
        Out call = null;
        for (int i = path.size() - 1; i >= 0 && call == null; i--) {
            Out shown = path.get(i).shown();
            if (shown != null && !shown.isSwitch) {
                call = shown;
            }
        }
        pending.put(c, new Pending(call, "\"" + m.group(1) + "\""));
    }

    /** Places thread {@code c}'s pending output, now that the thread takes another step. */
    private void settle(int c) {
        Pending p = pending.remove(c);
        if (p == null) {
            return;
        }
        if (p.call() == null) {
            out.add(new Out(c, -1, 0, "prints " + p.token(), false));
        } else if (!p.switched() && !out.isEmpty() && out.get(out.size() - 1) == p.call()) {
            p.call().text = p.call().text + " -> " + p.token();
            outputs.add(p.call());
            return;
        } else {
            out.add(new Out(c, p.call().line, p.call().indent, "... " + p.call().text + " -> " + p.token(), false));
        }
        outputs.add(out.get(out.size() - 1));
    }

    private Out switchLine(int c, RawTrace.Row row, List<Step> path) {
        String reason = row.text().startsWith("switch (reason: ") && row.text().endsWith(")")
                ? row.text().substring("switch (reason: ".length(), row.text().length() - 1) : "";
        lastSwitch.put(c, reason);
        String what = "~ switch" + (reason.isEmpty() ? "" : ": " + why(c, reason, path)) + " ~";
        Out previous = lastOf(c);
        if (previous != null && previous.isSwitch && previous.text.equals(what)) {
            return null;
        }
        Out o = new Out(c, -1, 0, what, true);
        out.add(o);
        return o;
    }

    private String why(int c, String reason, List<Step> path) {
        Step call = blockingCall(path);
        String in = call == null ? "" : " in " + call.row().text();
        Matcher join = JOIN_REASON.matcher(reason);
        if (join.matches()) {
            return "waits for thread " + role(Integer.parseInt(join.group(1))) + " to finish";
        }
        return switch (reason) {
            case "wait on monitor" -> "waits in wait()";
            case "lock is already acquired" -> "blocked: another thread holds the monitor";
            case "thread is parked" -> "blocked" + (in.isEmpty() ? " (parked)" : in);
            case "active lock detected" -> call != null ? "blocked" + in : "spins without progress";
            default -> reason;
        };
    }

    /**
     * The call by which the user's code entered code that is not the user's, on a thread's
     * current path: {@code other.lock()} when the path goes on into {@code ReentrantLock}.
     */
    private Step blockingCall(List<Step> path) {
        for (int i = 0; i + 1 < path.size(); i++) {
            RawTrace.Location here = path.get(i).row().location();
            RawTrace.Location next = path.get(i + 1).row().location();
            if (here != null && isUser(here) && next != null && !isUser(next)
                    && !path.get(i).row().text().startsWith("<iteration")) {
                return path.get(i);
            }
        }
        return null;
    }

    private Out lastOf(int c) {
        for (int i = out.size() - 1; i >= 0; i--) {
            if (out.get(i).column == c) {
                return out.get(i);
            }
        }
        return null;
    }

    private void trackLocks(int c, RawTrace.Row row) {
        Locks l = locks.computeIfAbsent(c, k -> new Locks());
        String t = row.text();
        String where = " (line " + row.location().line() + ")";
        Matcher lock = LOCK_CALL.matcher(t);
        Matcher tryLock = TRY_LOCK.matcher(t);
        Matcher unlock = UNLOCK_CALL.matcher(t);
        if (lock.matches()) {
            l.held.add(owner(lock.group(1)) + where);
        } else if (tryLock.matches()) {
            l.held.add(owner(tryLock.group(1)) + where);
        } else if (unlock.matches()) {
            release(l, owner(unlock.group(1)));
        } else if (t.equals("MONITORENTER")) {
            l.held.add("the monitor of " + row.location().method() + "()" + (row.location().line() > 0 ? where : ""));
        } else if (t.equals("MONITOREXIT")) {
            release(l, "the monitor of " + row.location().method() + "()");
        } else if ((t.equals("WAIT") || t.equals("NOTIFY")) && misuse == null
                && l.held.stream().noneMatch(h -> h.startsWith("the monitor of "))) {
            misuse = new Misuse(role(c), describe(row), row.location().line());
        }
    }

    private static String owner(String o) {
        return o == null ? "this" : o;
    }

    private static void release(Locks l, String owner) {
        for (int i = l.held.size() - 1; i >= 0; i--) {
            if (l.held.get(i).startsWith(owner + " (") || l.held.get(i).equals(owner)) {
                l.held.remove(i);
                return;
            }
        }
    }

    private Stop stop(int c) {
        String reason = lastSwitch.getOrDefault(c, "");
        Step call = blockingCall(paths.get(c));
        RawTrace.Row last = lastUser.get(c);
        RawTrace.Row at = call != null ? call.row() : last;
        Kind kind;
        if (reason.equals("lock is already acquired")) {
            kind = Kind.LOCK;
            at = last;
        } else if (call != null && LOCK_CALL.matcher(call.row().text()).matches()) {
            kind = Kind.LOCK;
        } else if (reason.equals("wait on monitor") || (last != null && last.text().equals("WAIT"))) {
            kind = Kind.WAIT;
            at = last;
        } else if (call != null) {
            kind = Kind.WAIT;
        } else if (reason.equals("active lock detected")) {
            kind = Kind.SPIN;
        } else {
            kind = Kind.UNKNOWN;
        }
        List<String> held = new ArrayList<>(locks.getOrDefault(c, new Locks()).held);
        if (kind == Kind.LOCK || kind == Kind.WAIT) {
            // The lock being waited for is not held yet; a monitor is given up while waiting in it.
            dropPending(held, at, kind);
        }
        String text = at == null || at.location() == null ? "" : describe(at);
        int line = at == null || at.location() == null ? -1 : at.location().line();
        return new Stop(role(c), kind, text, line, held);
    }

    private static void dropPending(List<String> held, RawTrace.Row at, Kind kind) {
        if (at == null || at.location() == null || held.isEmpty()) {
            return;
        }
        if (kind == Kind.LOCK) {
            held.remove(held.size() - 1);
        } else if (at.text().equals("WAIT")) {
            held.removeIf(h -> h.startsWith("the monitor of " + at.location().method() + "()"));
        }
    }

    private String role(int c) {
        String r = roles.get(c);
        if (r != null) {
            return r;
        }
        return c < trace.columns().size() ? trace.columns().get(c) : "thread " + c;
    }

    /** The lines of {@link #out}, marking line {@code focus} (or none, when -1) as output number {@code wrongOutput}. */
    private List<String> format(int focus, int wrongOutput) {
        int width = 6;
        for (Out o : out) {
            width = Math.max(width, Math.min(MAX_ROLE, role(o.column).length()));
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Out o = out.get(i);
            String name = shortRole(role(o.column), width);
            String line = o.line > 0 ? Integer.toString(o.line) : "";
            String mark = i == focus ? "   <- output #" + wrongOutput + ", the first wrong one" : "";
            String text = String.format("%-" + width + "s  %4s  %s%s", name, line, "  ".repeat(o.indent), o.text);
            lines.add(fit(text + mark, mark.length()));
        }
        if (lines.size() <= MAX_LINES) {
            return lines;
        }
        String skip = "%" + width + "s  %4s  ... %d more events ...";
        // The end of a hang shows where the threads stopped; a wrong output is shown with what led to it.
        int end = focus < 0 ? lines.size() : Math.min(lines.size(), focus + 1 + AFTER_FOCUS);
        int start = Math.max(HEAD_LINES, end - (MAX_LINES - HEAD_LINES));
        List<String> cut = new ArrayList<>(lines.subList(0, Math.min(HEAD_LINES, end)));
        if (start > HEAD_LINES) {
            cut.add(String.format(skip, "", "", start - HEAD_LINES));
        }
        cut.addAll(lines.subList(Math.min(start, end), end));
        if (end < lines.size()) {
            cut.add(String.format(skip, "", "", lines.size() - end));
        }
        return cut;
    }

    /** {@code name} in at most {@code width} columns, keeping its end, which tells equal prefixes apart. */
    static String shortRole(String name, int width) {
        if (name.length() <= width) {
            return name;
        }
        int tail = Math.min(4, width / 3);
        return name.substring(0, width - tail - 2) + ".." + name.substring(name.length() - tail);
    }

    /** {@code text} cut to the renderer's width (after the two-space margin the report adds). */
    static String fit(String text) {
        return fit(text, 0);
    }

    /** {@code text} cut to the renderer's width, keeping its last {@code keep} characters (a mark). */
    private static String fit(String text, int keep) {
        int max = WIDTH - 2;
        if (text.length() <= max) {
            return text;
        }
        String tail = text.substring(text.length() - keep);
        return text.substring(0, max - 3 - keep) + "..." + tail;
    }
}
