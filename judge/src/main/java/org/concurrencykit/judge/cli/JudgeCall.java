package org.concurrencykit.judge.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.concurrencykit.judge.engine.StressConfig;
import org.concurrencykit.judge.engine.modelcheck.ModelCheckEngine;
import org.concurrencykit.judge.engine.modelcheck.Engines;
import org.concurrencykit.judge.isolation.ChildLauncher;
import org.concurrencykit.judge.report.Json;
import org.concurrencykit.judge.report.TextReport;
import org.concurrencykit.judge.submission.CompileException;
import org.concurrencykit.judge.submission.Compiler;
import org.concurrencykit.judge.submission.ForbiddenClasses;
import org.concurrencykit.judge.submission.InputException;
import org.concurrencykit.judge.submission.SourceFile;
import org.concurrencykit.judge.submission.Submission;
import org.concurrencykit.judge.verdict.Failure;
import org.concurrencykit.judge.verdict.Result;
import org.concurrencykit.judge.verdict.Timing;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Verdict;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** What {@code run}, {@code submit} and {@code explain} share: compile, locate, judge in a child JVM, report. */
abstract class JudgeCall implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "<problem>", description = "slug or LeetCode number")
    String problemName;

    @CommandLine.Parameters(index = "1", paramLabel = "<file.java>",
            description = "your solution: a class as pasted from LeetCode, or one implementing the kit's interface")
    Path file;

    @CommandLine.Mixin
    JudgeOptions options = new JudgeOptions();

    /** Where this judgement's time goes; made in {@link #call()}. */
    private Timing timing;

    /** The launcher's start (epoch ms, from {@code JUDGE_LAUNCHED_AT_MS}), else this JVM's start. */
    private static long launchedAt(long jvmStart) {
        try {
            long at = Long.parseLong(System.getenv().getOrDefault("JUDGE_LAUNCHED_AT_MS", ""));
            return at > 0 && at <= jvmStart ? at : jvmStart;
        } catch (NumberFormatException e) {
            return jvmStart;
        }
    }

    /** Whether only the statement's examples run. */
    abstract boolean examplesOnly();

    /** The engines that judge: stress for the examples, stress then the model checker in full. */
    Engines engines() {
        return examplesOnly() ? Engines.STRESS : Engines.STRESS_THEN_MODELCHECK;
    }

    @Override
    public Integer call() throws Exception {
        long calledAt = System.currentTimeMillis();
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        timing = new Timing(launchedAt(jvmStart));
        timing.add("launcher (bin/judge: is the jar current?)", timing.origin(), jvmStart);
        timing.add("judge JVM start", jvmStart, calledAt);
        Problem<?, ?> problem = ProblemArg.resolve(spec.commandLine(), problemName);
        if (options.input != null) {
            try {
                problem.parse(options.input);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--input: " + e.getMessage());
            }
        }
        long seed = options.seed != null ? options.seed : new SecureRandom().nextLong() & Long.MAX_VALUE;
        Path work = options.workDir != null ? Files.createDirectories(options.workDir)
                : Files.createTempDirectory("concurrency-kit-judge-");
        try {
            return judge(problem, seed, work);
        } finally {
            if (options.workDir == null) {
                deleteTree(work);
            }
        }
    }

    private int judge(Problem<?, ?> problem, long seed, Path work) throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Submission submission;
        long compileAt = System.currentTimeMillis();
        try {
            submission = prepare(problem, file, work);
            timing.add("compile and bind", compileAt, System.currentTimeMillis());
        } catch (InputException e) {
            spec.commandLine().getErr().println(spec.commandLine().getColorScheme().errorText("judge: " + e.getMessage()));
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        } catch (CompileException e) {
            return compileError(out, problem, seed, e);
        }
        StressConfig config = new StressConfig(seed, options.rounds, options.timeMillis, options.timeoutMillis,
                StressConfig.DEFAULT_BUDGET_MILLIS, examplesOnly(), options.input, null);
        Engines engines = engines();
        if (engines.modelChecks() && !ModelCheckEngine.VALIDATED.contains(problem.info().slug())) {
            if (engines == Engines.MODELCHECK) {
                spec.commandLine().getErr().println(spec.commandLine().getColorScheme().errorText("judge: the model "
                        + "checker is not enabled for " + problem.info().slug() + " (validated on: "
                        + String.join(", ", new java.util.TreeSet<>(ModelCheckEngine.VALIDATED))
                        + "); judge submit judges it with the stress engine"));
                spec.commandLine().getErr().flush();
                return ExitCodes.USAGE;
            }
            engines = Engines.STRESS;
        }
        var result = new ChildLauncher(work).judge(problem, submission, config, engines, timing);
        long reportAt = System.currentTimeMillis();
        String reproduce = reproduce(problem, seed, result.failure() == null ? null : result.failure().input());
        if (options.format == JudgeOptions.Format.json) {
            Map<String, Object> m = new LinkedHashMap<>(result.toMap());
            m.put("file", file.toString());
            m.put("reproduce", reproduce);
            timing.add("report", reportAt, System.currentTimeMillis());
            m.put("timing", timing.toList());
            out.println(Json.write(m));
            out.flush();
        } else {
            new TextReport(ansi(), options.verbose).write(out, result, title(problem), file.toString(), reproduce);
            timing.add("report", reportAt, System.currentTimeMillis());
            if (options.verbose) {
                TextReport.writeTiming(out, timing);
            }
            out.flush();
        }
        return result.verdict().accepted() ? ExitCodes.ACCEPTED : ExitCodes.REJECTED;
    }

    /**
     * Reads, compiles and binds {@code file} as a solution of {@code problem}, into {@code work}.
     *
     * @throws InputException   the file or its class is not usable (exit 2)
     * @throws CompileException it does not compile, or uses a class the problem forbids (exit 1)
     */
    static Submission prepare(Problem<?, ?> problem, Path file, Path work) throws InputException, CompileException {
        SourceFile source = SourceFile.read(file);
        Compiler.Compiled compiled = Compiler.compile(source, problem.implicitImports(),
                System.getProperty("java.class.path"), work.resolve("classes"));
        Submission submission = Submission.locate(compiled, problem, file);
        List<String> forbidden = ForbiddenClasses.used(submission, problem.forbiddenClasses());
        if (!forbidden.isEmpty()) {
            throw new CompileException(file + " uses " + String.join(", ", forbidden)
                    + ", which this problem forbids: the point is to build it yourself", List.of());
        }
        return submission;
    }

    private int compileError(PrintWriter out, Problem<?, ?> problem, long seed, CompileException e) {
        if (options.format == JudgeOptions.Format.json) {
            Failure f = new Failure(null, null, null, e.getMessage(), 0, 0, "compiler", List.of(), e.diagnostics());
            Result r = new Result(problem.info().slug(), Verdict.COMPILE_ERROR, seed, 0, 0, 0, f, List.of(), List.of());
            Map<String, Object> m = new LinkedHashMap<>(r.toMap());
            m.put("file", file.toString());
            out.println(Json.write(m));
        } else {
            writeCompileError(out, ansi(), problem, file.toString(), e);
        }
        out.flush();
        return ExitCodes.REJECTED;
    }

    /** The text report of a submission javac rejected: verdict line, reason, javac's diagnostics. */
    static void writeCompileError(PrintWriter out, Ansi ansi, Problem<?, ?> problem, String file, CompileException e) {
        out.println(ansi.string("@|bold,red " + Verdict.COMPILE_ERROR + "|@") + "  " + title(problem) + " · " + file);
        out.println("  " + e.getMessage());
        out.println();
        e.diagnostics().forEach(out::println);
    }

    private String reproduce(Problem<?, ?> problem, long seed, String input) {
        String launcher = System.getenv().getOrDefault("JUDGE_COMMAND", "judge");
        StringBuilder sb = new StringBuilder(launcher).append(' ').append(spec.name()).append(' ')
                .append(problem.info().slug()).append(' ').append(file).append(" --seed ").append(seed);
        if (options.rounds > 0) {
            sb.append(" --rounds ").append(options.rounds);
        }
        if (input != null) {
            sb.append(" --input '").append(input).append('\'');
        }
        return sb.toString();
    }

    static String title(Problem<?, ?> problem) {
        var i = problem.info();
        return (i.number() > 0 ? i.number() + ". " : "") + i.title();
    }

    private Ansi ansi() {
        return options.noColor ? Ansi.OFF : Ansi.AUTO;
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the judge's work directory " + dir, e);
        }
    }
}
