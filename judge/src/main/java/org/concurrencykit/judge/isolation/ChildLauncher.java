package org.concurrencykit.judge.isolation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.judge.engine.StressConfig;
import org.concurrencykit.judge.engine.StressEngine;
import org.concurrencykit.judge.engine.modelcheck.Engines;
import org.concurrencykit.judge.engine.modelcheck.ModelCheckConfig;
import org.concurrencykit.judge.report.Json;
import org.concurrencykit.judge.submission.Submission;
import org.concurrencykit.judge.verdict.Failure;
import org.concurrencykit.judge.verdict.Result;
import org.concurrencykit.judge.verdict.Timing;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Runs a judgement in a child JVM with a bounded heap, and kills it (with everything it
 * started) past a hard deadline. Whatever the solution does to its JVM (exit, halt, run out
 * of memory, leave threads running) the parent still answers with a verdict.
 */
public final class ChildLauncher {
    /** Heap of the child JVM. */
    static final String HEAP = "-Xmx512m";
    /**
     * JVM options of a child that runs the model checker alone (measured on print-in-order, 2
     * cores, medians of 4 runs of the child: 7.9 s wall and 13.6 CPU-s with the defaults, 4.7 s
     * and 6.1 CPU-s with these). Lincheck re-instruments classes and runs each interleaving once,
     * so C2's compilations never pay back: C1 alone, on one compiler thread. Self-attach lets
     * Lincheck install its agent in-process instead of starting a helper JVM to attach it. Stress
     * keeps the full JIT: C2 hoisting a plain field's read out of a loop is one of the bugs it
     * must expose.
     */
    static final String SELF_ATTACH = "-Djdk.attach.allowAttachSelf=true";
    static final List<String> MODEL_CHECKER_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
            SELF_ATTACH);
    /** Slack over the engine's own budget before the parent kills the child. */
    private static final long HARD_SLACK_MILLIS = 30_000;
    private static final int STDERR_TAIL_LINES = 12;
    /** How often the parent looks at stress's progress before starting the model checker. */
    private static final long CASE_POLL_MILLIS = 20;

    /** {@code nice}, to run the model checker's JVM below stress's priority; null where there is none. */
    private static final Path NICE = java.util.stream.Stream.of("/usr/bin/nice", "/bin/nice").map(Path::of)
            .filter(Files::isExecutable).findFirst().orElse(null);

    private final Path workDir;

    /** A launcher whose child writes only below {@code workDir}. */
    public ChildLauncher(Path workDir) {
        this.workDir = workDir;
    }

    /** Judges {@code submission} in a child JVM; {@code config}'s class filter is rebuilt in the child. */
    public Result judge(Problem<?, ?> problem, Submission submission, StressConfig config) throws InterruptedException {
        return judge(problem, submission, config, Engines.STRESS, new Timing(System.currentTimeMillis()));
    }

    /**
     * Judges {@code submission} with {@code engines}, recording each child JVM's phases in
     * {@code timing}. A full judgement ({@link Engines#STRESS_THEN_MODELCHECK}) runs stress and
     * the model checker side by side in two child JVMs, the model checker's started once stress
     * has passed its first case (so that most broken solutions, caught there, cost one JVM and
     * get the machine to themselves): a stress failure ends it at once (the model checker's JVM
     * is killed); otherwise the verdict waits for both, and is exactly what running them one
     * after the other gives ({@link Engines#combine}).
     */
    public Result judge(Problem<?, ?> problem, Submission submission, StressConfig config, Engines engines,
                        Timing timing) throws InterruptedException {
        StressConfig bounded = bounded(config);
        if (engines != Engines.STRESS_THEN_MODELCHECK) {
            try (Child child = start(problem, submission, bounded, engines, "judge", timing)) {
                return child.await();
            }
        }
        long start = System.nanoTime();
        try (Child stress = start(problem, submission, bounded, Engines.STRESS, "stress", timing)) {
            // A solution that fails its first case (most broken ones) never costs a model checker's JVM.
            if (!stress.awaitCase(2)) {
                Result s = stress.await();
                if (!s.verdict().accepted()) {
                    return s;
                }
            }
            try (Child modelCheck = start(problem, submission, bounded, Engines.MODELCHECK_ONLY, "modelcheck",
                    timing)) {
                Result s = stress.await();
                if (!s.verdict().accepted()) {
                    return s;
                }
                Result both = Engines.combine(s, modelCheck.await());
                return both.withElapsed(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), List.of());
            }
        }
    }

    private static StressConfig bounded(StressConfig config) {
        long budget = config.timeMillis() > 0 ? Math.max(config.budgetMillis(), config.timeMillis() + 60_000)
                : config.budgetMillis();
        return new StressConfig(config.seed(), config.rounds(), config.timeMillis(),
                config.stallMillis(), budget, config.examplesOnly(), config.input(), null);
    }

    private Child start(Problem<?, ?> problem, Submission submission, StressConfig c, Engines engines, String name,
                        Timing timing) {
        Path resultFile = workDir.resolve("result-" + name + ".jsonl");
        List<String> cmd = command(problem, submission, c, resultFile);
        if (engines.modelChecks()) {
            cmd.add("--engines");
            cmd.add(engines.arg());
            // JVM options go before the main class. explain's JVM runs stress after the model
            // checker: it keeps the full JIT, for stress's sake.
            cmd.addAll(1, engines == Engines.MODELCHECK_ONLY ? MODEL_CHECKER_JVM : List.of(SELF_ATTACH));
        }
        if (engines == Engines.MODELCHECK_ONLY && NICE != null) {
            // Stress's handoffs wait for a free core: the model checker's JVM yields them one.
            cmd.addAll(0, List.of(NICE.toString(), "-n", "19"));
        }
        long launched = System.currentTimeMillis();
        Process child;
        try {
            Files.deleteIfExists(resultFile);
            child = new ProcessBuilder(cmd).directory(workDir.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile().toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the child JVM: " + e.getMessage(), e);
        }
        long modelCheck = engines.modelChecks() ? ModelCheckConfig.DEFAULT_BUDGET_MILLIS : 0;
        return new Child(problem, c, child, resultFile, name, launched, c.budgetMillis() + modelCheck, timing);
    }

    /** One running child JVM: awaited once for its result, killed (with its descendants) when closed. */
    private static final class Child implements AutoCloseable {
        private final Problem<?, ?> problem;
        private final StressConfig config;
        private final Process process;
        private final Path resultFile;
        private final String name;
        private final long launchedEpochMillis;
        private final long budgetMillis;
        private final Timing timing;
        private final long start = System.nanoTime();
        private final StreamTail stderr;
        private final Thread killer;

        Child(Problem<?, ?> problem, StressConfig config, Process process, Path resultFile, String name,
              long launchedEpochMillis, long budgetMillis, Timing timing) {
            this.problem = problem;
            this.config = config;
            this.process = process;
            this.resultFile = resultFile;
            this.name = name;
            this.launchedEpochMillis = launchedEpochMillis;
            this.budgetMillis = budgetMillis;
            this.timing = timing;
            this.stderr = StreamTail.drain(process.getErrorStream(), STDERR_TAIL_LINES);
            this.killer = new Thread(() -> kill(process), "judge-child-killer");
            Runtime.getRuntime().addShutdownHook(killer);
        }

        /**
         * Waits until the child has started its {@code n}th case (true) or has ended, or ran
         * past its deadline (false).
         */
        boolean awaitCase(int n) throws InterruptedException {
            long deadline = start + TimeUnit.MILLISECONDS.toNanos(budgetMillis + HARD_SLACK_MILLIS);
            while (System.nanoTime() < deadline) {
                if (casesStarted() >= n) {
                    return true;
                }
                if (process.waitFor(CASE_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    return false;
                }
            }
            return false;
        }

        private long casesStarted() {
            return lines(resultFile).stream().filter(l -> l.startsWith("{\"type\":\"case\"")).count();
        }

        /** Waits for the child (at most its budget plus slack, then kills it) and reads its result. */
        Result await() throws InterruptedException {
            boolean ended = process.waitFor(budgetMillis + HARD_SLACK_MILLIS, TimeUnit.MILLISECONDS);
            if (!ended) {
                kill(process);
            }
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            timing.add(name + ": JVM, start to exit", launchedEpochMillis, System.currentTimeMillis());
            stderr.awaitEnd(2000);
            return read(problem, config, resultFile, stderr.lines(), ended ? process.exitValue() : null, elapsed,
                    timing, name);
        }

        @Override
        public void close() {
            kill(process);
            try {
                Runtime.getRuntime().removeShutdownHook(killer);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    private List<String> command(Problem<?, ?> problem, Submission submission, StressConfig c, Path resultFile) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, HEAP, "-XX:+ExitOnOutOfMemoryError", "-XX:+DisplayVMOutputToStderr", "-XX:+UseSerialGC", "-XX:-UsePerfData",
                "-XX:ErrorFile=" + workDir.resolve("hs_err_%p.log"), "-Djava.io.tmpdir=" + workDir,
                "-Dfile.encoding=UTF-8", "-cp", classPath(submission), ChildMain.class.getName(),
                "--problem", problem.info().slug(), "--classes", submission.classesDir().toString(),
                "--class", submission.className(), "--names", String.join(",", submission.classNames()),
                "--seed", Long.toString(c.seed()), "--rounds", Integer.toString(c.rounds()),
                "--time", Long.toString(c.timeMillis()), "--stall", Long.toString(c.stallMillis()),
                "--budget", Long.toString(c.budgetMillis()), "--result", resultFile.toString()));
        if (c.examplesOnly()) {
            cmd.add("--examples");
        }
        if (c.input() != null) {
            cmd.add("--input");
            cmd.add(c.input());
        }
        return cmd;
    }

    /**
     * The judge's class path, then the submission's classes: the model checker (Lincheck)
     * looks classes up by name from the application class loader. Stress still loads them
     * in loaders of their own (see {@link org.concurrencykit.judge.submission.ClassBytes}).
     */
    private static String classPath(Submission submission) {
        return System.getProperty("java.class.path") + java.io.File.pathSeparator + submission.classesDir();
    }

    private static Path nullFile() {
        return Path.of(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    private static void kill(Process child) {
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
        try {
            child.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Result read(Problem<?, ?> problem, StressConfig c, Path resultFile, List<String> tail,
                               Integer exit, long elapsed, Timing timing, String child) {
        Map<String, Object> lastCase = null;
        for (String line : lines(resultFile)) {
            Map<String, Object> m = map(Json.parse(line));
            switch (String.valueOf(m.get("type"))) {
                case "result" -> {
                    Result r = Result.fromMap(m);
                    return r.withElapsed(elapsed, List.of());
                }
                case "internal" -> throw new IllegalStateException("the judge failed in its child JVM: "
                        + m.get("message") + " at " + m.get("stack"));
                case "resources" -> {
                    return crashed(problem, c, lastCase, Verdict.RUNTIME_ERROR, "the solution exhausted the JVM: "
                            + m.get("message"), tail, elapsed);
                }
                case "phase" -> timing.add(child + ": " + m.get("phase"), epochMillis(m.get("from")),
                        epochMillis(m.get("to")));
                default -> lastCase = m;
            }
        }
        String message;
        Verdict verdict;
        if (exit == null) {
            verdict = Verdict.TIME_LIMIT_EXCEEDED;
            message = "the solution's JVM was still running " + (c.budgetMillis() + HARD_SLACK_MILLIS) / 1000
                    + " s after the judgement began; the judge killed it";
        } else if (tail.stream().anyMatch(l -> l.contains("OutOfMemoryError"))) {
            verdict = Verdict.RUNTIME_ERROR;
            message = "the solution ran out of memory (" + HEAP.substring(4) + " heap) and its JVM died";
        } else {
            verdict = Verdict.RUNTIME_ERROR;
            message = "the solution's JVM ended with exit status " + exit + " before the judgement finished "
                    + "(does the solution call System.exit or Runtime.halt?)";
        }
        return crashed(problem, c, lastCase, verdict, message, tail, elapsed);
    }

    private static Result crashed(Problem<?, ?> problem, StressConfig c, Map<String, Object> lastCase,
                                  Verdict verdict, String message, List<String> tail, long elapsed) {
        String input = lastCase == null ? null : String.valueOf(lastCase.get("input"));
        int caseIndex = lastCase == null ? 0 : ((Number) lastCase.get("index")).intValue();
        String engine = lastCase == null || lastCase.get("engine") == null ? StressEngine.NAME
                : String.valueOf(lastCase.get("engine"));
        Failure f = new Failure(input, null, null, message, caseIndex, 0, engine, List.of(), tail);
        return new Result(problem.info().slug(), verdict, c.seed(), 0, caseIndex, elapsed, f, List.of(), List.of());
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long epochMillis(Object o) {
        return o instanceof Number n ? n.longValue() : 0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
