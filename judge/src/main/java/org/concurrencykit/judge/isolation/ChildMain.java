package org.concurrencykit.judge.isolation;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.concurrencykit.judge.engine.StressConfig;
import org.concurrencykit.judge.engine.StressEngine;
import org.concurrencykit.judge.engine.modelcheck.Engines;
import org.concurrencykit.judge.engine.modelcheck.ModelCheckConfig;
import org.concurrencykit.judge.engine.modelcheck.ModelCheckEngine;
import org.concurrencykit.judge.report.Json;
import org.concurrencykit.problems.spi.BindException;
import org.concurrencykit.judge.submission.ClassBytes;
import org.concurrencykit.problems.spi.SolutionFactory;
import org.concurrencykit.judge.submission.Submission;
import org.concurrencykit.judge.verdict.Result;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Problems;
import org.concurrencykit.problems.spi.TestCase;

/**
 * The child JVM's entry point: loads the submission in a fresh class loader, runs the
 * engines asked for ({@code --engines}: stress, then the model checker), and writes JSON
 * lines to the result file: one {@code case} line as each case starts (so the parent knows
 * where a crash happened) and one {@code result} line at the end. Then it halts, whatever
 * threads the solution left behind.
 */
public final class ChildMain {
    /** Exit status of a child that wrote its result. */
    static final int DONE = 0;
    /** Exit status of a child that failed inside the judge. */
    static final int BROKEN = 70;

    private ChildMain() {
    }

    public static void main(String[] args) {
        long mainAt = System.currentTimeMillis();
        Map<String, String> opts = parse(args);
        PrintStream results;
        try {
            results = new PrintStream(new FileOutputStream(opts.get("result"), true), true, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("judge child: cannot write " + opts.get("result") + ": " + e.getMessage());
            Runtime.getRuntime().halt(BROKEN);
            return;
        }
        // System.exit from the solution runs shutdown hooks: take its processes down with it.
        Runtime.getRuntime().addShutdownHook(new Thread(
                () -> ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly), "judge-reaper"));
        CappedStream out = new CappedStream();
        CappedStream err = new CappedStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int status = DONE;
        List<String> notes = new ArrayList<>();
        phase(results, "child JVM start", java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime(),
                mainAt);
        try {
            Result result = judge(opts, results, notes);
            noteOutput(notes, "System.out", out);
            noteOutput(notes, "System.err", err);
            line(results, "result", result.withElapsed(result.elapsedMillis(), notes).toMap());
        } catch (OutOfMemoryError | StackOverflowError e) {
            line(results, "resources", Map.of("message", String.valueOf(e)));
        } catch (Throwable t) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("message", String.valueOf(t));
            List<String> stack = new ArrayList<>();
            for (StackTraceElement e : t.getStackTrace()) {
                stack.add(e.toString());
            }
            m.put("stack", stack);
            line(results, "internal", m);
            status = BROKEN;
        }
        results.flush();
        ProcessHandle.current().descendants().forEach(ProcessHandle::destroyForcibly);
        Runtime.getRuntime().halt(status);
    }

    private static void noteOutput(List<String> notes, String name, CappedStream s) {
        if (s.total() > 0) {
            String head = s.head().strip();
            notes.add(String.format("the solution wrote %d bytes to %s (ignored by the judge); it began: %s",
                    s.total(), name, head.length() > 200 ? head.substring(0, 200) + "..." : head));
        }
    }

    private static Result judge(Map<String, String> opts, PrintStream results, List<String> notes) throws Exception {
        long setUp = System.currentTimeMillis();
        Problem<?, ?> problem = Problems.find(opts.get("problem"))
                .orElseThrow(() -> new IllegalArgumentException("unknown problem " + opts.get("problem")));
        Path classes = Path.of(opts.get("classes"));
        List<String> names = List.of(opts.get("names").split(","));
        Submission submission = new Submission(classes, names, opts.get("class"));
        StressConfig config = new StressConfig(Long.parseLong(opts.get("seed")), Integer.parseInt(opts.get("rounds")),
                Long.parseLong(opts.get("time")), Long.parseLong(opts.get("stall")),
                Long.parseLong(opts.get("budget")), opts.containsKey("examples"), opts.get("input"),
                submission.userClasses());
        StressEngine engine = new StressEngine(config, progress(results, StressEngine.NAME));
        Engines engines = Engines.parse(opts.get("engines"));
        ModelCheckEngine modelCheck = new ModelCheckEngine(ModelCheckConfig.defaults(config.seed(), config.input(),
                config.examplesOnly()), progress(results, ModelCheckEngine.NAME));
        ClassBytes bytes = new ClassBytes(submission);
        ClassLoader first = bytes.newLoader();
        List<String> statics = bytes.staticState(first);
        Supplier<Class<?>> reload = null;
        if (!statics.isEmpty()) {
            notes.add("the solution has static state (" + String.join(", ", statics) + "): every round loads its "
                    + "classes afresh, so rounds cannot share it, as if each ran in a new JVM");
            reload = () -> Submission.load(bytes.newLoader(), submission.className());
        }
        List<Class<?>> userClasses = new ArrayList<>();
        if (engines.modelChecks()) {
            // Make the solution's proxy class now: generated under Lincheck, it fails (an NPE in ProxyGenerator).
            java.lang.reflect.Proxy.newProxyInstance(problem.solutionType().getClassLoader(),
                    new Class<?>[] {problem.solutionType()}, (proxy, method, args) -> null);
            // Lincheck finds classes by name: the model checker uses the application loader's copies.
            names.forEach(n -> userClasses.add(Submission.load(ClassLoader.getSystemClassLoader(), n)));
        }
        phase(results, "child set-up", setUp, System.currentTimeMillis());
        long started = System.currentTimeMillis();
        try {
            return judge(problem, Submission.load(first, submission.className()), reload, engine, engines, modelCheck,
                    userClasses);
        } finally {
            long ended = System.currentTimeMillis();
            long firstAt = ModelCheckEngine.firstInterleavingEpochMillis();
            if (engines == Engines.MODELCHECK_ONLY && firstAt > 0) {
                phase(results, "model checker set-up", started, firstAt);
                phase(results, "model checker exploration", firstAt, ended);
            } else {
                phase(results, engines == Engines.STRESS ? "stress" : "engines (" + engines.arg() + ")", started, ended);
            }
        }
    }

    /** Writes a {@code phase} line: a named span of the child's work, in epoch ms. */
    private static void phase(PrintStream results, String name, long from, long to) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("phase", name);
        m.put("from", from);
        m.put("to", to);
        line(results, "phase", m);
    }

    /** Writes a {@code case} line as an engine starts a case, so that the parent knows where a crash happened. */
    private static StressEngine.Progress progress(PrintStream results, String engine) {
        return (index, input) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("index", index);
            m.put("input", input);
            m.put("engine", engine);
            line(results, "case", m);
        };
    }

    private static <S, C extends TestCase> Result judge(Problem<S, C> problem, Class<?> type,
                                                        Supplier<Class<?>> reload, StressEngine engine,
                                                        Engines engines, ModelCheckEngine modelCheck,
                                                        List<Class<?>> userClasses)
            throws BindException, InterruptedException {
        SolutionFactory<S> factory = SolutionFactory.bind(type, problem.solutionType(), problem.constructorTypes());
        SolutionFactory<S> plain = userClasses.isEmpty() ? factory : SolutionFactory.bind(
                userClasses.stream().filter(c -> c.getName().equals(type.getName())).findFirst().orElse(type),
                problem.solutionType(), problem.constructorTypes());
        return engines.judge(problem, reload == null ? factory : factory.reloadingWith(reload), plain, userClasses,
                engine, modelCheck);
    }

    private static void line(PrintStream results, String type, Map<String, Object> body) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.putAll(body);
        synchronized (results) {
            results.println(Json.write(m));
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String key = args[i].replaceFirst("^--", "");
            if (key.equals("examples")) {
                m.put(key, "true");
            } else {
                m.put(key, args[++i]);
            }
        }
        return m;
    }
}
