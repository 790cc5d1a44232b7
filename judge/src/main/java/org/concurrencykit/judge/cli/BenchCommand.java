package org.concurrencykit.judge.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.concurrencykit.judge.report.Json;
import org.concurrencykit.judge.submission.CompileException;
import org.concurrencykit.judge.submission.InputException;
import org.concurrencykit.judge.submission.Submission;
import org.concurrencykit.problems.spi.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code judge bench}: measures the problem's reference solutions (and the user's class, as
 * one more row) with JMH from {@code benchmarks.jar} in a child JVM under a watchdog, next
 * to two floors of the same run (park/unpark and volatile-spin ping-pong), and prints ns
 * per handoff and the ratio to the park/unpark floor. JMH's JSON stays in the output
 * directory for {@code scripts/bench-report}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure every reference solution of a handoff problem with JMH, in ns per handoff, "
                + "as a ratio to this machine's bare park/unpark handoff; with a file, your class too, side by side.",
            "Timings are only as quiet as the machine: close what you can, and compare rows of one run."})
final class BenchCommand implements Callable<Integer> {
    /** The benchmarks' package; one sub-package per problem, named as the problem's package. */
    static final String PACKAGE = "org.concurrencykit.benchmarks.";
    /** The {@code solution} parameter value that stands for the user's class (Handoffs.YOURS). */
    static final String YOURS = "yours";
    /** The system property naming the user's class (Handoffs.PROPERTY). */
    static final String SOLUTION_PROPERTY = "concurrencykit.solution";
    /** JMH's options for {@code --quick}: one fork, no warmup, one 100 ms iteration per row. */
    static final List<String> QUICK = List.of("-f", "1", "-wi", "0", "-i", "1", "-r", "100ms");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "<problem>", description = "slug or LeetCode number")
    String problemName;

    @CommandLine.Parameters(index = "1", arity = "0..1", paramLabel = "<file.java>",
            description = "your solution, measured as one more row")
    Path file;

    @CommandLine.Option(names = "--quick", description = "a smoke run: one 100 ms iteration per row, "
            + "no warmup (numbers are rough)")
    boolean quick;

    @CommandLine.Option(names = "--out", paramLabel = "DIR",
            description = "where bench.json (JMH's results) and jmh.log go (default: ${DEFAULT-VALUE})")
    Path out = Path.of("bench-report");

    @CommandLine.Option(names = "--timeout", paramLabel = "SECONDS",
            description = "kill JMH and fail after this many seconds (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = 1800;

    /** One row of the table. */
    record Row(String name, double nsPerHandoff) {
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cmd = spec.commandLine();
        Problem<?, ?> problem = ProblemArg.resolve(cmd, problemName);
        Path jar = JcstressCommand.root().resolve("benchmarks/target/benchmarks.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("benchmarks.jar is not built under " + JcstressCommand.root()
                    + "; run bin/judge (it builds it) or ./mvnw -pl benchmarks -am package -DskipTests");
        }
        String pkg = problem.getClass().getPackageName();
        String simple = pkg.substring(pkg.lastIndexOf('.') + 1);
        if (!hasBenchmarks(jar, PACKAGE + simple + ".")) {
            return usage(problem.info().slug() + " has no benchmarks: judge bench measures the handoff problems "
                    + "(print-foobar-alternately, print-zero-even-odd, fizz-buzz-multithreaded, print-in-order, "
                    + "building-h2o, design-bounded-blocking-queue)");
        }
        Path work = Files.createTempDirectory("concurrency-kit-bench-");
        try {
            List<String> jvm = new ArrayList<>();
            List<String> jmh = new ArrayList<>(List.of(
                    "^" + (PACKAGE + "(" + simple + "|floor)").replace(".", "\\.") + "\\."));
            String classPath = jar.toString();
            String yourClass = null;
            if (file != null) {
                Submission submission;
                try {
                    submission = JudgeCall.prepare(problem, file, work);
                } catch (InputException e) {
                    return usage(e.getMessage());
                } catch (CompileException e) {
                    PrintWriter o = cmd.getOut();
                    JudgeCall.writeCompileError(o, cmd.getColorScheme().ansi(), problem, file.toString(), e);
                    o.flush();
                    return ExitCodes.REJECTED;
                }
                yourClass = submission.className();
                classPath += java.io.File.pathSeparator + submission.classesDir().toAbsolutePath();
                jvm.add("-D" + SOLUTION_PROPERTY + "=" + yourClass);
                String refs = problem.references().stream().map(Class::getSimpleName).collect(Collectors.joining(","));
                jmh.addAll(List.of("-p", "solution=" + refs + "," + YOURS, "-jvmArgsAppend", jvm.get(0)));
            }
            Files.createDirectories(out);
            Path json = out.resolve("bench.json").toAbsolutePath();
            Files.deleteIfExists(json);
            jmh.addAll(List.of("-rf", "json", "-rff", json.toString(), "-to", "60s", "-foe", "false"));
            if (quick) {
                jmh.addAll(QUICK);
            }
            PrintWriter o = cmd.getOut();
            o.printf("bench: %s, %s%s%n", JudgeCall.title(problem), file == null ? "the reference solutions"
                    : "the reference solutions and " + file, quick ? " (--quick: rough numbers)" : "");
            o.flush();
            if (!runJmh(classPath, jvm, jmh, out.resolve("jmh.log"))) {
                return ExitCodes.INTERNAL;
            }
            List<Row> rows = rows(json, yourClass);
            printTable(o, rows);
            o.printf("bench: JMH's results in %s (scripts/bench-report turns them into a table and a chart)%n", json);
            o.flush();
            if (rows.stream().noneMatch(r -> r.name.startsWith("floor:"))) {
                o.printf("bench: the floors gave no result; JMH's output is in %s%n", out.resolve("jmh.log"));
                o.flush();
                return ExitCodes.INTERNAL;
            }
            if (yourClass != null && rows.stream().noneMatch(r -> r.name.startsWith(YOURS + ":"))) {
                o.printf("bench: your solution gave no result: it hung (no end within the run's time limit) or threw; "
                        + "judge submit %s %s says why%n", problem.info().slug(), file);
                o.flush();
                return ExitCodes.REJECTED;
            }
            return ExitCodes.ACCEPTED;
        } finally {
            JudgeCall.deleteTree(work);
        }
    }

    private int usage(String message) {
        CommandLine cmd = spec.commandLine();
        cmd.getErr().println(cmd.getColorScheme().errorText("judge: " + message));
        cmd.getErr().flush();
        return ExitCodes.USAGE;
    }

    /**
     * Runs JMH in a child JVM, its output to {@code log} and a line per row started to the
     * console, killing it past the timeout.
     *
     * @return whether JMH ended in time with exit 0
     */
    private boolean runJmh(String classPath, List<String> jvm, List<String> jmh, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData"));
        command.addAll(jvm);
        command.addAll(List.of("-cp", classPath, "org.openjdk.jmh.Main"));
        command.addAll(jmh);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        PrintWriter o = spec.commandLine().getOut();
        Thread pump = new Thread(() -> pump(p, log, o), "jmh-output");
        pump.setDaemon(true);
        pump.start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            pump.join(5000);
            o.printf("bench: JMH still running after %d s, killed; its output is in %s%n", timeoutSeconds, log);
            o.flush();
            return false;
        }
        pump.join(10_000);
        if (p.exitValue() != 0) {
            o.printf("bench: JMH failed (exit %d); its output is in %s%n", p.exitValue(), log);
            o.flush();
            return false;
        }
        return true;
    }

    /** Copies JMH's output to the log, showing which row runs and any failure. */
    private static void pump(Process p, Path log, PrintWriter o) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
             Writer w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String benchmark = null;
            for (String line; (line = r.readLine()) != null; ) {
                w.write(line);
                w.write('\n');
                if (line.startsWith("# Benchmark: ")) {
                    benchmark = line.substring("# Benchmark: ".length()).replace(PACKAGE, "");
                } else if (line.startsWith("# Parameters: ") && benchmark != null) {
                    benchmark += " " + line.substring("# Parameters: ".length());
                } else if (line.startsWith("# Run progress") && benchmark != null) {
                    o.println("bench: running " + benchmark);
                    benchmark = null;
                } else if (line.startsWith("<failure>") || line.contains("Exception: ")) {
                    o.println("bench: " + line);
                }
                o.flush();
            }
        } catch (IOException e) {
            o.println("bench: lost JMH's output: " + e);
        }
    }

    /** The rows of JMH's JSON: the solutions in the order measured, then the floors. */
    @SuppressWarnings("unchecked")
    static List<Row> rows(Path json, String yourClass) throws IOException {
        List<Row> solutions = new ArrayList<>();
        List<Row> floors = new ArrayList<>();
        if (!Files.isRegularFile(json)) {
            return solutions;
        }
        for (Object o : (List<Object>) Json.parse(Files.readString(json))) {
            Map<String, Object> m = (Map<String, Object>) o;
            String benchmark = (String) m.get("benchmark");
            Object score = ((Map<String, Object>) m.get("primaryMetric")).get("score");
            if (!(score instanceof Number n)) {
                continue;
            }
            Map<String, Object> params = (Map<String, Object>) m.get("params");
            if (benchmark.contains(".floor.")) {
                floors.add(new Row("floor: " + benchmark.substring(benchmark.lastIndexOf('.') + 1), n.doubleValue()));
            } else {
                String s = params == null ? benchmark : (String) params.get("solution");
                solutions.add(new Row(YOURS.equals(s) ? "yours: " + yourClass : s, n.doubleValue()));
            }
        }
        solutions.addAll(floors);
        return solutions;
    }

    private static void printTable(PrintWriter o, List<Row> rows) {
        double floor = rows.stream().filter(r -> r.name.equals("floor: parkUnpark")).mapToDouble(Row::nsPerHandoff)
                .findFirst().orElse(Double.NaN);
        int width = Math.max(12, rows.stream().mapToInt(r -> r.name.length()).max().orElse(0));
        o.println();
        o.printf(Locale.ROOT, "%-" + width + "s  %12s  %14s%n", "solution", "ns/handoff", "x park/unpark");
        for (Row r : rows) {
            o.printf(Locale.ROOT, "%-" + width + "s  %12.1f  %14s%n", r.name, r.nsPerHandoff,
                    Double.isNaN(floor) ? "-" : String.format(Locale.ROOT, "%.2f", r.nsPerHandoff / floor));
        }
        o.println();
    }

    /** Whether JMH's benchmark list in {@code jar} names a benchmark in {@code packagePrefix}. */
    private static boolean hasBenchmarks(Path jar, String packagePrefix) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            java.util.zip.ZipEntry list = zip.getEntry("META-INF/BenchmarkList");
            if (list == null) {
                return false;
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(list),
                    StandardCharsets.UTF_8))) {
                return r.lines().anyMatch(l -> l.contains(" " + packagePrefix));
            }
        }
    }
}
