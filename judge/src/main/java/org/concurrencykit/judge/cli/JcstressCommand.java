package org.concurrencykit.judge.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.judge.submission.CompileException;
import org.concurrencykit.judge.submission.InputException;
import org.concurrencykit.judge.submission.Submission;
import org.concurrencykit.problems.spi.Problem;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code judge jcstress}: runs the problem's jcstress tests against the user's class (the
 * {@code User} tests, which load the class named by a system property), or against every
 * reference solution, through the jcstress gate: it decides from jcstress's results, never
 * its exit code, under a wall-clock watchdog that kills the forked VMs of a hung run.
 */
@Command(name = "jcstress", mixinStandardHelpOptions = true,
        description = {"Run the problem's jcstress tests (OpenJDK's concurrency stress harness) against your class, "
                + "or with --reference against every reference solution, and summarize every observed outcome.",
            "Tests with more actors than this machine has CPUs cannot run under jcstress: they are listed as "
                + "skipped; judge submit has no such limit."})
final class JcstressCommand implements Callable<Integer> {
    /**
     * jcstress prints a line per finished test; a run silent this long has a stuck test (an
     * actor that never returns hangs jcstress's own checks forever).
     */
    static final int SILENCE_SECONDS = 60;

    /** The system property the jcstress {@code User} tests read the class name from. */
    static final String SOLUTION_PROPERTY = "concurrencykit.solution";

    /** What each mode trades away, said before the run. */
    enum Mode {
        brief("ci", "jcstress quick mode cut to 8 VM forks (split compilation off) and one 100 ms iteration per "
                + "fork, about 10 s a test: finds ordering bugs that show in thousands of samples; rare "
                + "interleavings need --mode quick (28 forks), default or tough"),
        sanity("sanity", "jcstress sanity mode: checks that the tests run at all, with almost no samples"),
        quick("quick", "jcstress quick mode: 28 forks, a few minutes a test on 2 CPUs"),
        normal("default", "jcstress default mode: long; for a machine left alone"),
        tough("tough", "jcstress tough mode: much longer still");

        final String gateMode;
        final String tradeOff;

        Mode(String gateMode, String tradeOff) {
            this.gateMode = gateMode;
            this.tradeOff = tradeOff;
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "<problem>", description = "slug or LeetCode number")
    String problemName;

    @CommandLine.Parameters(index = "1", arity = "0..1", paramLabel = "<file.java>",
            description = "your solution (not with --reference)")
    Path file;

    @CommandLine.Option(names = "--reference", description = "run the tests of every reference solution instead")
    boolean reference;

    @CommandLine.Option(names = "--mode", paramLabel = "MODE", converter = ModeConverter.class,
            description = "brief (default), sanity, quick, default or tough")
    Mode mode = Mode.brief;

    @CommandLine.Option(names = "--cpus", paramLabel = "N", description = "CPUs jcstress may use (default: all)")
    Integer cpus;

    @CommandLine.Option(names = "--report-dir", paramLabel = "DIR",
            description = "where jcstress's log, summary and HTML report go (default: ${DEFAULT-VALUE})")
    Path reportDir = Path.of("jcstress-report");

    @CommandLine.Option(names = "--timeout", paramLabel = "SECONDS",
            description = "kill jcstress and fail after this many seconds (default: ${DEFAULT-VALUE})")
    int timeoutSeconds = 900;

    @CommandLine.Option(names = "--verbose", description = "stack traces of the judge's own errors")
    boolean verbose;

    /** Converts {@code default} (a Java keyword, so not an enum constant name) and the others. */
    static final class ModeConverter implements CommandLine.ITypeConverter<Mode> {
        @Override
        public Mode convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            for (Mode m : Mode.values()) {
                if (m.gateMode.equals(v) || m.name().equals(v)) {
                    return m;
                }
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not one of brief, sanity, quick, default, tough");
        }
    }

    @Override
    public Integer call() throws Exception {
        CommandLine cmd = spec.commandLine();
        Problem<?, ?> problem = ProblemArg.resolve(cmd, problemName);
        if (reference == (file != null)) {
            throw new CommandLine.ParameterException(cmd, reference
                    ? "give either a file or --reference, not both" : "give your solution's file, or --reference");
        }
        if (cpus != null && cpus < 1) {
            throw new CommandLine.ParameterException(cmd, "--cpus must be at least 1");
        }
        Path root = root();
        Path jar = root.resolve("jcstress-tests/target/jcstress.jar");
        Path gate = root.resolve("jcstress-tests/target/classes");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(gate)) {
            throw new IllegalStateException("jcstress.jar is not built under " + root
                    + "; run bin/judge (it builds it) or ./mvnw -pl jcstress-tests -am package -DskipTests");
        }
        String pkg = problem.getClass().getPackageName();
        String simple = pkg.substring(pkg.lastIndexOf('.') + 1);
        if (!hasTests(jar, "org.concurrencykit.jcstress." + simple + ".")) {
            throw new CommandLine.ParameterException(cmd, problem.info().slug() + " has no jcstress tests (its "
                    + "threads do not fit jcstress's actor model); judge submit " + problem.info().slug() + " judges it");
        }
        String testPackage = "org\\.concurrencykit\\.jcstress\\." + simple + "\\.";
        Path work = Files.createTempDirectory("concurrency-kit-jcstress-");
        try {
            List<String> args = new ArrayList<>(List.of("--jar=" + jar, "--work-dir=" + reportDir.toAbsolutePath(),
                    "--mode=" + mode.gateMode, "--timeout=" + timeoutSeconds, "--details=true",
                    "--silence-timeout=" + Math.min(timeoutSeconds, SILENCE_SECONDS)));
            if (cpus != null) {
                args.add("--args=-c " + cpus);
            }
            if (reference) {
                args.add("--tests=^" + testPackage + "(?!.*\\.User$)");
            } else {
                Submission submission;
                try {
                    submission = JudgeCall.prepare(problem, file, work);
                } catch (InputException e) {
                    cmd.getErr().println(cmd.getColorScheme().errorText("judge: " + e.getMessage()));
                    cmd.getErr().flush();
                    return ExitCodes.USAGE;
                } catch (CompileException e) {
                    PrintWriter out = cmd.getOut();
                    JudgeCall.writeCompileError(out, cmd.getColorScheme().ansi(), problem, file.toString(), e);
                    out.flush();
                    return ExitCodes.REJECTED;
                }
                args.add("--tests=^" + testPackage + ".*\\.User$");
                args.add("--classpath=" + submission.classesDir().toAbsolutePath());
                args.add("--property=" + SOLUTION_PROPERTY + "=" + submission.className());
            }
            return runGate(problem, gate, args);
        } finally {
            JudgeCall.deleteTree(work);
        }
    }

    private int runGate(Problem<?, ?> problem, Path gateClasses, List<String> args)
            throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("jcstress: %s, %s%n", JudgeCall.title(problem), reference ? "every reference solution" : file);
        out.printf("jcstress: mode %s: %s%n", mode == Mode.normal ? "default" : mode.name(), mode.tradeOff);
        out.flush();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:-UsePerfData", "-cp", gateClasses.toString(), "org.concurrencykit.jcstress.gate.JcstressGate"));
        command.addAll(args);
        Process gate = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean nothingRan = false;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(gate.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String shown = line.replace("jcstress gate: ", "jcstress: ");
                nothingRan |= shown.contains("tests run:         0 of");
                out.println(shown);
                out.flush();
            }
        }
        if (!gate.waitFor(60, TimeUnit.SECONDS)) {
            gate.descendants().forEach(ProcessHandle::destroyForcibly);
            gate.destroyForcibly();
            throw new IllegalStateException("the jcstress gate did not end after its output closed");
        }
        int exit = gate.exitValue();
        if (nothingRan) {
            out.println("jcstress: no test could run here; judge submit " + problem.info().slug()
                    + " judges any number of threads on any machine");
        }
        out.flush();
        return switch (exit) {
            case 0 -> ExitCodes.ACCEPTED;
            case 1 -> ExitCodes.REJECTED;
            case 2 -> ExitCodes.USAGE;
            default -> ExitCodes.INTERNAL;
        };
    }

    /** Whether jcstress's test list in {@code jar} names a test in {@code packagePrefix}. */
    private static boolean hasTests(Path jar, String packagePrefix) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            java.util.zip.ZipEntry list = zip.getEntry("META-INF/TestList");
            if (list == null) {
                return false;
            }
            try (BufferedReader r = new BufferedReader(new InputStreamReader(zip.getInputStream(list),
                    StandardCharsets.UTF_8))) {
                return r.lines().anyMatch(l -> l.contains("S" + packagePrefix));
            }
        }
    }

    /** The repository the judge runs from: CONCURRENCYKIT_HOME, or two levels above the judge's jar or classes. */
    static Path root() throws URISyntaxException {
        String home = System.getenv("CONCURRENCYKIT_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        Path code = Path.of(JcstressCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return code.getParent().getParent().getParent();
    }
}
