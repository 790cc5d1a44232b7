package org.concurrencykit.jcstress.gate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The build's jcstress gate: runs {@code java -jar jcstress.jar} in a child process under a
 * {@link Watchdog}, parses what it printed, and exits non-zero unless every selected test that
 * fits this machine ran without a FORBIDDEN outcome or an error. It never trusts jcstress's
 * exit code, which is 0 when nothing matched or everything was skipped.
 *
 * <p>The expected tests come from the jar's {@code META-INF/TestList}, filtered the way
 * jcstress's {@code -t} filters them. Tests with more actors than CPUs are reported as skipped
 * ("needs 3 CPUs, this machine has 2: skipped") and do not fail the gate; see
 * {@link GateReport} for every rule.
 *
 * <p>Output: the selection, the jcstress command (run it from the work directory to reproduce),
 * a heartbeat every 30 seconds, then the summary, which also goes to {@code summary.txt} in the
 * work directory next to {@code jcstress.log}, the full jcstress output.
 */
public final class JcstressGate {
    /** Every selected test that fits the machine ran, and none failed. */
    public static final int PASSED = 0;
    /** A forbidden outcome, an error, a missing test, or the watchdog fired. */
    public static final int FAILED = 1;
    /** Bad options, or no jar to run. */
    public static final int USAGE = 2;
    /** The gate itself broke. */
    public static final int INTERNAL_ERROR = 70;

    private static final String PREFIX = "jcstress gate: ";
    private static final Duration HEARTBEAT = Duration.ofSeconds(30);

    private final GateOptions options;
    private final PrintStream out;

    JcstressGate(GateOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the gate and returns its exit code; errors are one line on {@code err}. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        GateOptions options;
        try {
            options = GateOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(PREFIX + e.getMessage());
            err.println(GateOptions.USAGE);
            return USAGE;
        }
        if (!Files.isRegularFile(options.jar())) {
            err.println(PREFIX + "no jcstress jar at " + options.jar()
                    + "; build it with ./mvnw -pl jcstress-tests package");
            return USAGE;
        }
        try {
            return new JcstressGate(options, out).call();
        } catch (IOException | RuntimeException e) {
            err.println(PREFIX + "internal error: " + e);
            return INTERNAL_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(PREFIX + "interrupted");
            return INTERNAL_ERROR;
        }
    }

    int call() throws IOException, InterruptedException {
        TestCatalog catalog;
        try {
            catalog = TestCatalog.read(options.jar());
        } catch (IOException | IllegalArgumentException e) {
            out.println(PREFIX + "FAILED: " + e.getMessage());
            return FAILED;
        }
        List<TestCatalog.Entry> selected = catalog.select(options.tests());
        out.println(PREFIX + describeSelection(catalog, selected));
        if (selected.isEmpty()) {
            out.println(PREFIX + "FAILED: the filter selects no test");
            return FAILED;
        }
        Path workDir = options.workDir().toAbsolutePath();
        Files.createDirectories(workDir);
        deleteOldResultBlobs(workDir);
        Path log = workDir.resolve("jcstress.log");
        List<String> command = command(workDir);
        out.println(PREFIX + "in " + workDir + " running: " + String.join(" ", command));
        out.println(PREFIX + "full output: " + log);

        Watchdog.Outcome run = new Watchdog(options.timeout(), options.silenceTimeout(), HEARTBEAT,
                beat -> out.println(PREFIX + beat)).run(command, workDir, log);
        JcstressOutput output = JcstressOutput.parse(Files.readAllLines(log, StandardCharsets.UTF_8));
        GateReport report = GateReport.evaluate(selected, output, watchdogFailures(run), run.wallTime());
        report(report, options.details() ? details(output) : "", workDir.resolve("summary.txt"));
        out.println(PREFIX + "HTML report: " + workDir.resolve("results").resolve("index.html"));
        return report.passed() ? PASSED : FAILED;
    }

    /** jcstress writes a new jcstress-results-<timestamp>.bin.gz into its working directory each run. */
    private static void deleteOldResultBlobs(Path workDir) throws IOException {
        try (DirectoryStream<Path> blobs = Files.newDirectoryStream(workDir, "jcstress-results-*.bin.gz")) {
            for (Path blob : blobs) {
                Files.delete(blob);
            }
        }
    }

    private List<String> command(Path workDir) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // jcstress formats sample counts with the default locale; the parser expects 1,234,567.
        command.add("-Duser.language=en");
        command.add("-Duser.country=US");
        for (String property : options.properties()) {
            command.add("-D" + property);
        }
        command.add("-cp");
        String jar = options.jar().toAbsolutePath().toString();
        command.add(options.classPath().isBlank() ? jar : jar + java.io.File.pathSeparator + options.classPath());
        command.add("org.openjdk.jcstress.Main");
        command.addAll(options.jcstressArgs(workDir.resolve("results")));
        return command;
    }

    private List<String> watchdogFailures(Watchdog.Outcome run) {
        return switch (run.ending()) {
            case EXITED -> List.of();
            case TIMED_OUT -> List.of("watchdog: jcstress ran longer than " + options.timeout().toSeconds()
                    + " s; killed it and its forked VMs (raise -Djcstress.timeout for longer modes)");
            case SILENT -> List.of("watchdog: jcstress printed nothing for " + options.silenceTimeout().toSeconds()
                    + " s, a test is probably stuck; killed it and its forked VMs");
        };
    }

    /** Every test's observed outcomes: result, samples, expectation, meaning. */
    static String details(JcstressOutput output) {
        StringBuilder sb = new StringBuilder();
        for (JcstressOutput.TestResult t : output.results().values()) {
            sb.append(String.format("%s  %s%n", t.label(), t.name()));
            for (JcstressOutput.Row r : t.rows()) {
                sb.append(String.format(java.util.Locale.ROOT, "    %-28s %,14d  %-22s %s%n", "\"" + r.result() + "\"",
                        r.samples(), r.expect(), r.description()));
            }
            for (String m : t.messages()) {
                sb.append("    ").append(m).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    private void report(GateReport report, String details, Path summaryFile) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream summary = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            summary.print(details);
            report.print(summary);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        out.print(text);
        Files.writeString(summaryFile, text, StandardCharsets.UTF_8);
    }

    static String describeSelection(TestCatalog catalog, List<TestCatalog.Entry> selected) {
        Map<Integer, Long> byCpus = selected.stream().collect(
                Collectors.groupingBy(TestCatalog.Entry::cpusNeeded, TreeMap::new, Collectors.counting()));
        String split = byCpus.entrySet().stream()
                .map(e -> e.getValue() + " need " + e.getKey() + " CPUs").collect(Collectors.joining(", "));
        return selected.size() + " of " + catalog.tests().size() + " tests in the jar selected"
                + (split.isEmpty() ? "" : " (" + split + ")");
    }
}
