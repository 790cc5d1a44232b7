package org.concurrencykit.judge.engine.modelcheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.concurrencykit.judge.engine.StressEngine;
import org.concurrencykit.problems.spi.SolutionFactory;
import org.concurrencykit.judge.verdict.Failure;
import org.concurrencykit.judge.verdict.Result;
import org.concurrencykit.judge.verdict.ThreadReport;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.TestCase;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.spi.Violation;

/**
 * The model-checking engine: for a few small cases of a problem, Lincheck explores the
 * interleavings of one round systematically (it controls the scheduler; no delays are
 * injected) and the problem's checker judges every execution. A failure comes with the
 * interleaving that causes it, rendered in the user's terms.
 *
 * <p>A hang reported by the model checker never rejects a solution by itself: it is
 * explored again with a five times higher loop bound, and only if it hangs again does the
 * judge name it, from its own reading of where each thread stopped: {@code DEADLOCK} when
 * every thread left waits to acquire a lock, {@code TIME_LIMIT_EXCEEDED} otherwise.
 * Whatever Lincheck cannot handle (an unsupported construct, a thread it does not control,
 * its time budget) ends the exploration with a {@link Report#gaveUp() note}, never a verdict.
 */
public final class ModelCheckEngine {
    /** Name of this engine in reports. */
    public static final String NAME = "modelcheck";

    /**
     * Epoch ms when this JVM's first explored interleaving began (0 when none has): what
     * comes before it is Lincheck's set-up (loading, instrumenting the classes).
     */
    public static long firstInterleavingEpochMillis() {
        return ModelCheckBlock.firstInvocationEpochMillis();
    }

    /** The fewest interleavings per case a judgement explores. */
    public static final int MIN_INVOCATIONS = 60;
    /**
     * The problems the model checker has been validated on, each with the interleavings it
     * explores per case in a judgement: every reference passes it, and
     * {@code EnginesCatchBrokenSolutionsTest} checks that it catches each broken solution its
     * table lists for it. Lincheck explores the interleavings with few thread switches first, in
     * an order that does not depend on the count, so a count is sized by the deepest failure a
     * problem's broken solutions need (measured: the interleaving each is found at, in
     * {@code target/engines-catch-broken-solutions.txt}) with a wide margin for users' bugs:
     * at least four times it and never below {@value #MIN_INVOCATIONS}; {@value
     * ModelCheckConfig#DEFAULT_INVOCATIONS} where the deepest is past 50. The web crawler is
     * judged by stress alone: its harness simulates network latency, which means nothing to the
     * model checker, and a crawl needs more threads than it explores.
     */
    public static final Map<String, Integer> INVOCATIONS = Map.ofEntries(
            Map.entry("print-in-order", MIN_INVOCATIONS),                 // deepest: 11
            Map.entry("print-foobar-alternately", MIN_INVOCATIONS),       // 9
            Map.entry("print-zero-even-odd", ModelCheckConfig.DEFAULT_INVOCATIONS),   // 98
            Map.entry("building-h2o", MIN_INVOCATIONS),                   // 6
            Map.entry("design-bounded-blocking-queue", ModelCheckConfig.DEFAULT_INVOCATIONS), // 135
            Map.entry("fizz-buzz-multithreaded", MIN_INVOCATIONS),        // 2
            Map.entry("the-dining-philosophers", ModelCheckConfig.DEFAULT_INVOCATIONS),       // 229
            Map.entry("traffic-light-controlled-intersection", MIN_INVOCATIONS),              // 7
            Map.entry("countdown-latch", MIN_INVOCATIONS),                // 4
            Map.entry("sleeping-barber", ModelCheckConfig.DEFAULT_INVOCATIONS),               // 226
            Map.entry("producer-consumer", MIN_INVOCATIONS),              // 5
            Map.entry("race-free-counter", MIN_INVOCATIONS),              // 7
            Map.entry("reusable-barrier", MIN_INVOCATIONS),               // 2
            Map.entry("promise", ModelCheckConfig.DEFAULT_INVOCATIONS),   // 53
            Map.entry("dining-savages", MIN_INVOCATIONS));                // 4
    /** The problems the model checker is enabled for. */
    public static final Set<String> VALIDATED = INVOCATIONS.keySet();

    /** Interleavings per case for {@code slug}: {@link #INVOCATIONS}'s, or the default for any other. */
    public static int invocationsFor(String slug) {
        return INVOCATIONS.getOrDefault(slug, ModelCheckConfig.DEFAULT_INVOCATIONS);
    }
    /** Raw trace lines kept for {@code --verbose} and JSON. */
    private static final int RAW_LINES = 5000;

    private final ModelCheckConfig config;
    private final StressEngine.Progress progress;

    public ModelCheckEngine(ModelCheckConfig config, StressEngine.Progress progress) {
        this.config = config;
        this.progress = progress;
        if (System.getProperty("lincheck.logFile") == null) {
            // Lincheck logs to System.err by default, which the child JVM attributes to the solution.
            System.setProperty("lincheck.logFile",
                    Path.of(System.getProperty("java.io.tmpdir"), "lincheck.log").toString());
        }
    }

    /**
     * What the model checker found.
     *
     * @param result      the judgement: ACCEPTED when every explored interleaving passed
     * @param gaveUp      why the model checker could not finish, or null; then {@code result}
     *                    is ACCEPTED but says nothing beyond the interleavings it did explore
     * @param unconfirmed a hang the model checker saw but cannot tell from a long finite loop
     *                    (a thread kept running in the user's code), or null: it rejects
     *                    nothing unless stress confirms it
     */
    public record Report(Result result, String gaveUp, Failure unconfirmed) {
    }

    /**
     * Judges the solutions {@code factory} makes.
     *
     * @param userClasses every class of the submission (they are instrumented, and their
     *                    frames are the user's in the trace)
     */
    public <S, C extends TestCase> Report judge(Problem<S, C> problem, SolutionFactory<S> factory,
                                                List<Class<?>> userClasses) {
        return new Run<>(problem, factory, userClasses).run();
    }

    /**
     * The problem's {@link Problem#smallCases() small cases} (or its examples, or the one
     * case asked for), at most {@link ModelCheckConfig#maxCases()} of them. The seed plays no
     * part: the exploration of a case is the same every time.
     */
    <C extends TestCase> List<C> cases(Problem<?, C> problem) {
        if (config.input() != null) {
            return List.of(problem.parse(config.input()));
        }
        Map<String, C> distinct = new LinkedHashMap<>();
        for (C c : config.examplesOnly() ? problem.examples() : problem.smallCases()) {
            distinct.putIfAbsent(c.input(), c);
        }
        return distinct.values().stream().limit(config.maxCases()).toList();
    }

    /** The names Lincheck prints for {@code classes}: no package, nested classes joined by dots. */
    static Set<String> traceNames(List<Class<?>> classes) {
        Set<String> names = new LinkedHashSet<>();
        for (Class<?> c : classes) {
            String n = c.getName();
            names.add(n.substring(n.lastIndexOf('.') + 1).replace('$', '.'));
        }
        return names;
    }

    /** One judgement's state. */
    private final class Run<S, C extends TestCase> {
        private final Problem<S, C> problem;
        private final SolutionFactory<S> factory;
        private final List<Class<?>> userClasses;
        /** Interleavings per case: the config's, or the problem's own. */
        private final int invocations;
        private final long started = System.nanoTime();
        private final List<String> notes = new ArrayList<>();
        private int explored;
        private int casesRun;
        private Failure unconfirmed;

        Run(Problem<S, C> problem, SolutionFactory<S> factory, List<Class<?>> userClasses) {
            this.problem = problem;
            this.invocations = config.invocations() > 0 ? config.invocations() : invocationsFor(problem.info().slug());
            this.factory = factory;
            this.userClasses = List.copyOf(userClasses);
        }

        Report run() {
            List<C> cases = cases(problem);
            for (int i = 0; i < cases.size(); i++) {
                C c = cases.get(i);
                progress.caseStarted(i + 1, c.input());
                Step step = explore(c, i + 1);
                if (step.failure() != null) {
                    return new Report(result(step.verdict(), step.failure()), null, unconfirmed);
                }
                if (step.gaveUp() != null) {
                    notes.add("model checker: " + step.gaveUp());
                    return new Report(result(Verdict.ACCEPTED, null), step.gaveUp(), unconfirmed);
                }
            }
            notes.add(String.format("model checker: explored %d interleavings of %d case%s (%s) in %.1f s, %s",
                    explored, casesRun, casesRun == 1 ? "" : "s", String.join("; ", cases.stream()
                            .limit(casesRun).map(TestCase::input).toList()),
                    (System.nanoTime() - started) / 1e9, unconfirmed == null ? "every one correct" : "no failure confirmed"));
            return new Report(result(Verdict.ACCEPTED, null), null, unconfirmed);
        }

        /** Explores one case, confirming a hang before believing it. */
        private Step explore(C c, int caseIndex) {
            ModelCheckBlock.Context<S, C> ctx = context(c);
            LincheckBridge.Outcome o = within(ctx, config.loopBound());
            if (o == null) {
                return Step.stop(budgetNote(c));
            }
            explored += ctx.invocations;
            if (ctx.tooManyThreads) {
                notes.add(String.format("model checker: case %s has %d threads, more than the %d it explores "
                        + "soundly; stress alone judged it", c.input(), ctx.threads, config.maxThreads()));
                return Step.next();
            }
            if (o.kind() == LincheckBridge.Kind.HUNG && ctx.round != null && ctx.round.crash() == null
                    && !ctx.lastPassed) {
                ModelCheckBlock.Context<S, C> again = context(c);
                LincheckBridge.Outcome confirm = within(again, config.confirmBound());
                if (confirm == null) {
                    return Step.stop(budgetNote(c));
                }
                explored += again.invocations;
                if (confirm.kind() == LincheckBridge.Kind.PASSED) {
                    notes.add(String.format("model checker: a possible hang in case %s at loop bound %d did not "
                            + "recur at %d; not a failure", c.input(), o.loopBound(), confirm.loopBound()));
                    casesRun++;
                    return Step.next();
                }
                return outcome(c, caseIndex, again, confirm);
            }
            return outcome(c, caseIndex, ctx, o);
        }

        private Step outcome(C c, int caseIndex, ModelCheckBlock.Context<S, C> ctx, LincheckBridge.Outcome o) {
            if (o.kind() != LincheckBridge.Kind.PASSED && usesHoldsLock(o)) {
                return Step.stop("in case " + c.input() + " the solution calls Thread.holdsLock, which the model "
                        + "checker does not model (it answers false even inside synchronized); it cannot judge "
                        + "this solution");
            }
            switch (o.kind()) {
                case PASSED -> {
                    casesRun++;
                    if (ctx.invocations <= 3 && ctx.threads >= 2) {
                        notes.add(String.format("model checker: case %s ran only %d interleavings (all there are, "
                                + "or Lincheck stopped early); weak evidence", c.input(), ctx.invocations));
                    }
                    return Step.next();
                }
                case FAILED -> {
                    casesRun++;
                    return failed(c, caseIndex, ctx, o);
                }
                case HUNG -> {
                    casesRun++;
                    return hung(c, caseIndex, ctx, o);
                }
                case TIMED_OUT -> {
                    return Step.stop("in case " + c.input() + " a thread blocked in code the model checker does not "
                            + "control, and its watchdog gave up; it cannot explore this solution");
                }
                default -> {
                    return Step.stop("it cannot explore this solution (" + firstLine(o.rawTrace()) + ")");
                }
            }
        }

        private Step failed(C c, int caseIndex, ModelCheckBlock.Context<S, C> ctx, LincheckBridge.Outcome o) {
            Step misuse = misuse(c, caseIndex, ctx, o);
            if (misuse != null) {
                return misuse;
            }
            Violation v = ctx.violation;
            ModelCheckRound round = ctx.round;
            if (v != null) {
                int wrong = round == null ? 0 : firstWrongOutput(c, round.log(), v);
                return failure(Verdict.WRONG_ANSWER, c, caseIndex, ctx, o, v.expected(), v.actual(), v.message(),
                        List.of(), wrong, round == null ? "" : token(round.log(), wrong));
            }
            if (round != null && round.crash() != null) {
                return crashed(c, caseIndex, ctx, o, round);
            }
            if (ctx.constructorError != null && thrownByLincheck(ctx.constructorError)) {
                return Step.stop("it cannot run this solution: " + firstLine(String.valueOf(ctx.constructorError)));
            }
            if (ctx.constructorError != null) {
                return failure(Verdict.RUNTIME_ERROR, c, caseIndex, ctx, o, null, "",
                        "the constructor threw " + ctx.constructorError, stack(ctx.constructorError), 0, "");
            }
            return Step.stop("it failed without a verdict (" + firstLine(o.rawTrace()) + ")");
        }

        private Step crashed(C c, int caseIndex, ModelCheckBlock.Context<S, C> ctx, LincheckBridge.Outcome o,
                             ModelCheckRound round) {
            if (thrownByLincheck(round.crash())) {
                return Step.stop("it cannot run this solution: " + firstLine(String.valueOf(round.crash())));
            }
            return failure(Verdict.RUNTIME_ERROR, c, caseIndex, ctx, o, null, round.log().joined(),
                    "thread " + round.crashedLane() + " threw " + round.crash(), stack(round.crash()), 0, "");
        }

        /**
         * A hang that recurred at the raised loop bound. Where each unfinished thread stopped
         * names it: all waiting to acquire locks is a deadlock, all blocked otherwise a
         * time-limit (a lost wake-up); one still running its own code is only a note.
         */
        private Step hung(C c, int caseIndex, ModelCheckBlock.Context<S, C> ctx, LincheckBridge.Outcome o) {
            ModelCheckRound round = ctx.round;
            if (round != null && round.crash() != null) {
                return crashed(c, caseIndex, ctx, o, round);
            }
            if (round != null && ctx.lastPassed) {
                return Step.stop("in case " + c.input() + " the solution leaves threads of its own running after "
                        + "the round; the model checker cannot explore past them");
            }
            Step misuse = misuse(c, caseIndex, ctx, o);
            if (misuse != null) {
                return misuse;
            }
            TraceRenderer.Rendering r = render(o);
            List<TraceRenderer.Stop> stuck = stuck(round, r);
            boolean deadlock = stuck.size() >= 2 && stuck.stream().allMatch(s -> s.kind() == TraceRenderer.Kind.LOCK);
            String message = deadlock
                    ? "threads " + String.join(" and ", stuck.stream().map(TraceRenderer.Stop::role).sorted().toList())
                    + " each hold a lock another of them waits for"
                    : hangMessage(stuck);
            Failure f = new Failure(c.input(), null, round == null ? "" : round.log().joined(), message, caseIndex,
                    ctx.invocations, NAME, reports(round, r), raw(o), trace(r, c));
            List<String> running = stuck.stream().filter(s -> s.kind() == TraceRenderer.Kind.SPIN
                    || s.kind() == TraceRenderer.Kind.UNKNOWN).map(TraceRenderer.Stop::role).toList();
            if (!running.isEmpty() || stuck.isEmpty()) {
                return unconfirmedHang(c, f, running, o.loopBound());
            }
            notes.add(String.format("model checker: the hang recurred with the loop bound raised to %d; the verdict "
                    + "comes from where each thread stopped", o.loopBound()));
            return new Step(deadlock ? Verdict.DEADLOCK : Verdict.TIME_LIMIT_EXCEEDED, f, null);
        }

        /**
         * A {@code wait()} or {@code notify()} by a thread holding no monitor: Java throws
         * {@code IllegalMonitorStateException} there, which Lincheck does not, so whatever
         * went wrong afterwards is a consequence. Null when there is none.
         */
        private Step misuse(C c, int caseIndex, ModelCheckBlock.Context<S, C> ctx, LincheckBridge.Outcome o) {
            TraceRenderer.Rendering r = render(o);
            TraceRenderer.Misuse m = r.misuse();
            if (m == null) {
                return null;
            }
            String message = String.format("thread %s called %s without holding the monitor (line %d): Java throws "
                    + "java.lang.IllegalMonitorStateException there", m.role(), m.call(), m.line());
            ModelCheckRound round = ctx.round;
            return new Step(Verdict.RUNTIME_ERROR, new Failure(c.input(), null, round == null ? ""
                    : round.log().joined(), message, caseIndex, ctx.invocations, NAME, List.of(), raw(o),
                    trace(r, c)), null);
        }

        /** Where each thread of {@code round} that did not finish stopped. */
        private List<TraceRenderer.Stop> stuck(ModelCheckRound round, TraceRenderer.Rendering r) {
            List<TraceRenderer.Stop> stuck = new ArrayList<>();
            if (round == null) {
                return stuck;
            }
            List<ModelCheckRound.End> ends = round.ends();
            for (int i = 0; i < ends.size(); i++) {
                String name = round.lanes().get(i).name();
                if (ends.get(i) != ModelCheckRound.End.FINISHED) {
                    TraceRenderer.Stop s = r.stops().get(i);
                    stuck.add(s != null ? s : new TraceRenderer.Stop(name, TraceRenderer.Kind.UNKNOWN, "", -1,
                            List.of()));
                }
            }
            return stuck;
        }

        /** A thread still running its own code may be in a long loop, not an endless one: a note, unless stress confirms. */
        private Step unconfirmedHang(C c, Failure f, List<String> running, int loopBound) {
            if (unconfirmed == null) {
                unconfirmed = f;
            }
            notes.add(String.format("model checker: in case %s thread %s kept running its own code without progress "
                    + "in one interleaving (even with the loop bound at %d); a long loop looks the same, so this is "
                    + "not a failure unless stress confirms it", c.input(),
                    running.isEmpty() ? "?" : String.join(", ", running), loopBound));
            return Step.next();
        }

        private String hangMessage(List<TraceRenderer.Stop> stuck) {
            List<String> spinning = stuck.stream().filter(s -> s.kind() == TraceRenderer.Kind.SPIN)
                    .map(TraceRenderer.Stop::role).toList();
            if (!spinning.isEmpty()) {
                return "thread " + String.join(", ", spinning) + " keeps running without printing "
                        + "(an endless loop, or a spin on a value that never changes?)";
            }
            return "every thread left is waiting and nothing will wake it "
                    + "(a lost wake-up, a missed signal, a wrong condition?)";
        }

        /** Where each thread of {@code round} stands, for the report. */
        private List<ThreadReport> reports(ModelCheckRound round, TraceRenderer.Rendering r) {
            List<ThreadReport> reports = new ArrayList<>();
            if (round == null) {
                return reports;
            }
            List<ModelCheckRound.End> ends = round.ends();
            for (int i = 0; i < ends.size(); i++) {
                String name = round.lanes().get(i).name();
                TraceRenderer.Stop s = r.stops().get(i);
                if (ends.get(i) == ModelCheckRound.End.FINISHED || s == null) {
                    reports.add(new ThreadReport(name, ends.get(i) == ModelCheckRound.End.FINISHED ? "TERMINATED"
                            : "UNKNOWN", null, null, List.of(), List.of()));
                } else {
                    reports.add(report(s, r.file()));
                }
            }
            return reports;
        }

        private ThreadReport report(TraceRenderer.Stop s, String file) {
            String state = switch (s.kind()) {
                case LOCK -> "BLOCKED";
                case WAIT -> "WAITING";
                default -> "RUNNABLE";
            };
            String where = s.line() > 0 && !file.isEmpty() ? file + ":" + s.line() : null;
            return new ThreadReport(s.role(), state, s.call().isEmpty() ? null : s.call(), null, s.holds(),
                    where == null ? List.of() : List.of(where));
        }

        private Step failure(Verdict verdict, C c, int caseIndex, ModelCheckBlock.Context<S, C> ctx,
                             LincheckBridge.Outcome o, String expected, String actual, String message,
                             List<String> stack, int wrongOutput, String wrongToken) {
            List<String> trace = new ArrayList<>(trace(render(o, wrongOutput, wrongToken), c));
            if (!stack.isEmpty()) {
                if (!trace.isEmpty()) {
                    trace.add("");
                }
                stack.forEach(l -> trace.add(TraceRenderer.fit(l)));
            }
            return new Step(verdict, new Failure(c.input(), expected, actual, message, caseIndex, ctx.invocations,
                    NAME, List.of(), raw(o), trace), null);
        }

        private TraceRenderer.Rendering render(LincheckBridge.Outcome o) {
            return render(o, 0, "");
        }

        private TraceRenderer.Rendering render(LincheckBridge.Outcome o, int wrongOutput, String token) {
            return new TraceRenderer(RawTrace.parse(o.rawTrace()), traceNames(userClasses)).render(wrongOutput, token);
        }

        /** The token of output {@code k} (from 1) of {@code log}, or "". */
        private static String token(EventLog log, int k) {
            List<org.concurrencykit.problems.spi.Event> events = log.events();
            return k >= 1 && k <= events.size() ? events.get(k - 1).token() : "";
        }

        /**
         * The number (from 1) of the first output after which the log is already wrong: the
         * shortest prefix of {@code log} the checker rejects with the same message, or 0.
         */
        private int firstWrongOutput(C c, EventLog log, Violation v) {
            try {
                for (int k = 1; k <= log.size(); k++) {
                    Optional<Violation> at = problem.check(c, log.prefix(k));
                    if (at.isPresent() && at.get().message().equals(v.message())) {
                        return k;
                    }
                }
            } catch (RuntimeException e) {
                // A checker that cannot judge a partial log: show the interleaving without a mark.
            }
            return 0;
        }

        private List<String> trace(TraceRenderer.Rendering r, C c) {
            if (r.lines().isEmpty()) {
                return List.of();
            }
            List<String> lines = new ArrayList<>();
            lines.add(TraceRenderer.fit("Interleaving found by the model checker in case " + c.input() + ":"));
            int width = r.lines().get(0).indexOf("  ");
            lines.add(TraceRenderer.fit(String.format("  %-" + Math.max(6, width) + "s  %4s  %s", "thread", "line",
                    "event" + (r.file().isEmpty() ? "" : " (lines of " + r.file() + ")"))));
            r.lines().forEach(l -> lines.add("  " + l));
            return lines;
        }

        private List<String> raw(LincheckBridge.Outcome o) {
            List<String> lines = new ArrayList<>();
            lines.add("Lincheck's report (" + o.label() + ", loop bound " + o.loopBound() + "):");
            List<String> all = o.rawTrace().lines().toList();
            lines.addAll(all.subList(0, Math.min(all.size(), RAW_LINES)));
            if (all.size() > RAW_LINES) {
                lines.add("... " + (all.size() - RAW_LINES) + " more lines");
            }
            return lines;
        }

        private ModelCheckBlock.Context<S, C> context(C c) {
            return new ModelCheckBlock.Context<>(problem, factory, c, userClasses, config.maxThreads());
        }

        /** Runs one exploration on a thread of its own, for at most what is left of the budget; null past it. */
        private LincheckBridge.Outcome within(ModelCheckBlock.Context<S, C> ctx, int loopBound) {
            long left = config.budgetMillis() - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            if (left <= 0) {
                return null;
            }
            AtomicReference<LincheckBridge.Outcome> outcome = new AtomicReference<>();
            Thread t = new Thread(() -> {
                ModelCheckBlock.use(ctx);
                outcome.set(LincheckBridge.explore(invocations, loopBound, new ModelCheckBlock()));
            }, "judge-modelcheck");
            t.setDaemon(true);
            t.start();
            try {
                t.join(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
            return outcome.get();
        }

        private String budgetNote(C c) {
            return String.format("it ran out of its %d s budget in case %s after %d interleavings",
                    config.budgetMillis() / 1000, c.input(), explored);
        }

        private Result result(Verdict verdict, Failure failure) {
            return new Result(problem.info().slug(), verdict, config.seed(), explored, casesRun,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), failure, List.of(), notes);
        }
    }

    /**
     * Whether {@code error} (or one of its causes) was thrown by Lincheck's injected code
     * rather than by the solution: "File operations are not supported in Lincheck", a class
     * it could not find. Such a throwable is the model checker's limit, not a verdict.
     */
    static boolean thrownByLincheck(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (StackTraceElement e : t.getStackTrace()) {
                String cls = e.getClassName();
                if (cls.startsWith("sun.nio.ch.lincheck.") || cls.startsWith("org.jetbrains.kotlinx.lincheck.")
                        || cls.startsWith("org.jetbrains.lincheck.")) {
                    return true;
                }
                if (!cls.startsWith("java.") && !cls.startsWith("jdk.") && !cls.startsWith("sun.")) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * Whether the failing execution called {@code Thread.holdsLock}: the model checker keeps
     * monitors of its own, so the JVM's answer is false in every thread, and whatever follows
     * from it is the model checker's artefact.
     */
    static boolean usesHoldsLock(LincheckBridge.Outcome o) {
        return o.rawTrace().contains("Thread.holdsLock(");
    }

    /** The throwable and its causes, with the frames that are not the judge's or Lincheck's. */
    private static List<String> stack(Throwable error) {
        List<String> lines = new ArrayList<>();
        for (Throwable t = error; t != null && lines.size() < 40; t = t.getCause() == t ? null : t.getCause()) {
            lines.add((t == error ? "" : "caused by: ") + t);
            int frames = 0;
            for (StackTraceElement e : t.getStackTrace()) {
                String cls = e.getClassName();
                if (cls.startsWith("org.concurrencykit.judge.") || cls.startsWith("org.jetbrains.")
                        || cls.startsWith("sun.nio.ch.lincheck.") || cls.startsWith("jdk.internal.reflect.")) {
                    continue;
                }
                if (++frames > 12) {
                    lines.add("    ...");
                    break;
                }
                lines.add("    at " + e);
            }
        }
        return lines;
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        String line = nl < 0 ? t : t.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    /** The end of one case: go on, stop with a failure, or stop because the model checker gave up. */
    private record Step(Verdict verdict, Failure failure, String gaveUp) {
        static Step next() {
            return new Step(null, null, null);
        }

        static Step stop(String why) {
            return new Step(null, null, why);
        }
    }
}
