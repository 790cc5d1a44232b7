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
    /** Slack over the engine's own budget before the parent kills the child. */
    private static final long HARD_SLACK_MILLIS = 30_000;
    private static final int STDERR_TAIL_LINES = 12;

    private final Path workDir;

    /** A launcher whose child writes only below {@code workDir}. */
    public ChildLauncher(Path workDir) {
        this.workDir = workDir;
    }

    /** Judges {@code submission} in a child JVM; {@code config}'s class filter is rebuilt in the child. */
    public Result judge(Problem<?, ?> problem, Submission submission, StressConfig config) throws InterruptedException {
        return judge(problem, submission, config, Engines.STRESS);
    }

    /** Judges {@code submission} in a child JVM with {@code engines}. */
    public Result judge(Problem<?, ?> problem, Submission submission, StressConfig config, Engines engines)
            throws InterruptedException {
        Path resultFile = workDir.resolve("result.jsonl");
        long budget = config.timeMillis() > 0 ? Math.max(config.budgetMillis(), config.timeMillis() + 60_000)
                : config.budgetMillis();
        StressConfig bounded = new StressConfig(config.seed(), config.rounds(), config.timeMillis(),
                config.stallMillis(), budget, config.examplesOnly(), config.input(), null);
        List<String> cmd = command(problem, submission, bounded, resultFile);
        if (engines.modelChecks()) {
            cmd.add("--engines");
            cmd.add(engines.arg());
        }
        long start = System.nanoTime();
        Process child;
        try {
            Files.deleteIfExists(resultFile);
            child = new ProcessBuilder(cmd).directory(workDir.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectInput(ProcessBuilder.Redirect.from(nullFile().toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the child JVM: " + e.getMessage(), e);
        }
        StreamTail stderr = StreamTail.drain(child.getErrorStream(), STDERR_TAIL_LINES);
        Thread killer = new Thread(() -> kill(child), "judge-child-killer");
        Runtime.getRuntime().addShutdownHook(killer);
        try {
            long modelCheck = engines.modelChecks() ? ModelCheckConfig.DEFAULT_BUDGET_MILLIS : 0;
            boolean ended = child.waitFor(budget + modelCheck + HARD_SLACK_MILLIS, TimeUnit.MILLISECONDS);
            if (!ended) {
                kill(child);
            }
            long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            stderr.awaitEnd(2000);
            return read(problem, bounded, resultFile, stderr.lines(), ended ? child.exitValue() : null, elapsed);
        } finally {
            kill(child);
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

    private Result read(Problem<?, ?> problem, StressConfig c, Path resultFile, List<String> tail, Integer exit,
                        long elapsed) {
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }
}
