package org.concurrencykit.jcstress.gate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a jcstress 0.16 run printed on its console, parsed. The gate reads this instead of
 * jcstress's exit code, which is 0 when no test matched or every test was skipped.
 *
 * <p>The parts read: the scheduling classes ("3 actors: No scheduling is possible"), "Hardware
 * CPUs in use", "FATAL:" lines, the last progress line "(Results: N planned; ...)", and the
 * final "RUN RESULTS:" section, which lists every test once when jcstress runs with {@code -v}:
 * a header "[OK] name" (or FAILED, ERROR, TIMEOUT, VM ERROR, SKIPPED), a table of outcomes
 * merged across all forks, and messages. Each section of it states how many tests it holds;
 * a section whose count does not match the tests parsed is an {@link #anomalies() anomaly}.
 *
 * @param cpusInUse          "Hardware CPUs in use: N", if jcstress got that far
 * @param unschedulable      actor counts jcstress said it cannot schedule on this machine
 * @param fatal              "FATAL: ..." lines
 * @param finished           whether the "RUN RESULTS:" section was printed
 * @param results            the tests of the "RUN RESULTS:" section, by name
 * @param lastProgress       the last progress line, which after a finished run counts every fork
 * @param reportedFailures   whether jcstress threw its "TEST FAILURES:" assertion at the end
 * @param anomalies          inconsistencies in the output, each a sentence
 */
public record JcstressOutput(OptionalInt cpusInUse, SortedSet<Integer> unschedulable, List<String> fatal,
        boolean finished, Map<String, TestResult> results, Optional<Progress> lastProgress,
        boolean reportedFailures, List<String> anomalies) {

    /** The labels jcstress gives a test's merged result. */
    public static final List<String> LABELS = List.of("OK", "FAILED", "ERROR", "TIMEOUT", "VM ERROR", "SKIPPED");

    private static final Pattern CPUS = Pattern.compile("^\\s*Hardware CPUs in use: (\\d+)\\s*$");
    private static final Pattern ACTORS = Pattern.compile("^\\s*(\\d+) actors:\\s*$");
    private static final Pattern FATAL = Pattern.compile("^\\s*FATAL: .*$");
    private static final Pattern PROGRESS = Pattern.compile(
            "\\(Results: (\\d+) planned; (\\d+) passed, (\\d+) failed, (\\d+) soft errs, (\\d+) hard errs\\)");
    private static final Pattern SECTION = Pattern.compile(
            "^\\s*(Interesting tests|Failed tests|Error tests|All remaining tests): "
                    + "(?:No matches\\.|(\\d+) matching test results\\..*)$");
    private static final Pattern TEST = Pattern.compile(
            "^\\s*\\.*\\s*\\[(OK|FAILED|ERROR|TIMEOUT|VM ERROR|SKIPPED)]\\s+(\\S+)\\s*$");
    /** A result table row; the result is empty when the test reported an empty string. */
    private static final Pattern ROW = Pattern.compile(
            "^\\s*(.*?)\\s+(\\d[\\d,.'\\u00a0\\u202f]*)\\s+(<?\\d[\\d.,]*%)"
                    + "\\s+(Acceptable|Interesting|Forbidden|Unknown)(?:\\s+(.*?))?\\s*$");

    public JcstressOutput {
        unschedulable = Collections.unmodifiableSortedSet(new TreeSet<>(unschedulable));
        fatal = List.copyOf(fatal);
        results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
        anomalies = List.copyOf(anomalies);
    }

    /** One test's result, merged across its forks. */
    public record TestResult(String name, String label, List<Row> rows, List<String> messages) {
        public TestResult {
            rows = List.copyOf(rows);
            messages = List.copyOf(messages);
        }

        /** Whether jcstress ran and graded it: OK or FAILED, as opposed to an error label. */
        public boolean graded() {
            return label.equals("OK") || label.equals("FAILED");
        }

        /** The FORBIDDEN outcomes it observed at least once. */
        public List<Row> forbiddenSeen() {
            return rows.stream().filter(r -> r.expect().equals("Forbidden") && r.samples() > 0).toList();
        }
    }

    /** One line of a result table: an outcome, how often it was seen, and its grading. */
    public record Row(String result, long samples, String expect, String description) {
    }

    /** A progress line: forks planned, and how the finished ones ended. */
    public record Progress(long planned, long passed, long failed, long softErrors, long hardErrors) {
        /** Whether every planned fork finished and passed. */
        public boolean allPassed() {
            return passed == planned && failed == 0 && softErrors == 0 && hardErrors == 0;
        }

        @Override
        public String toString() {
            return "(Results: " + planned + " planned; " + passed + " passed, " + failed + " failed, "
                    + softErrors + " soft errs, " + hardErrors + " hard errs)";
        }
    }

    /** Parses a whole console log of one jcstress run. */
    public static JcstressOutput parse(List<String> lines) {
        Parser parser = new Parser();
        for (String line : lines) {
            parser.accept(line);
        }
        return parser.result();
    }

    /** A single pass over the log; the "RUN RESULTS:" section switches it to result parsing. */
    private static final class Parser {
        private OptionalInt cpus = OptionalInt.empty();
        private final SortedSet<Integer> unschedulable = new TreeSet<>();
        private final List<String> fatal = new ArrayList<>();
        private Optional<Progress> progress = Optional.empty();
        private boolean reportedFailures;
        private final List<String> anomalies = new ArrayList<>();
        private Integer pendingActors;

        private boolean inResults;
        private boolean resultsDone;
        private final Map<String, TestResult> results = new LinkedHashMap<>();
        private String section;
        private int sectionDeclared;
        private int sectionSeen;
        private Block block;
        private boolean inMessages;

        void accept(String line) {
            if (inResults && !resultsDone) {
                acceptResultLine(line);
            } else {
                acceptRunLine(line);
            }
        }

        private void acceptRunLine(String line) {
            if (pendingActors != null && !line.isBlank()) {
                if (line.contains("No scheduling is possible")) {
                    unschedulable.add(pendingActors);
                }
                pendingActors = null;
            }
            Matcher m;
            if ((m = CPUS.matcher(line)).matches()) {
                cpus = OptionalInt.of(Integer.parseInt(m.group(1)));
            } else if ((m = ACTORS.matcher(line)).matches()) {
                pendingActors = Integer.valueOf(m.group(1));
            } else if (FATAL.matcher(line).matches()) {
                fatal.add(line.trim());
            } else if ((m = PROGRESS.matcher(line)).find()) {
                progress = Optional.of(new Progress(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                        Long.parseLong(m.group(3)), Long.parseLong(m.group(4)), Long.parseLong(m.group(5))));
            } else if (line.contains("TEST FAILURES:")) {
                reportedFailures = true;
            } else if (line.trim().equals("RUN RESULTS:") && !resultsDone) {
                inResults = true;
            }
        }

        private void acceptResultLine(String line) {
            Matcher m;
            if (line.contains("HTML report generated") || line.contains("TEST FAILURES:")) {
                endResults();
                acceptRunLine(line);
            } else if ((m = SECTION.matcher(line)).matches()) {
                startSection(m.group(1), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)));
            } else if ((m = TEST.matcher(line)).matches()) {
                startBlock(m.group(2), m.group(1));
            } else if (block != null) {
                acceptBlockLine(line);
            }
        }

        private void acceptBlockLine(String line) {
            if (line.trim().equals("Messages:")) {
                inMessages = true;
            } else if (inMessages) {
                if (line.isBlank()) {
                    inMessages = false;
                } else {
                    block.messages.add(line.strip());
                }
            } else {
                Matcher m = ROW.matcher(line);
                if (m.matches()) {
                    block.rows.add(new Row(m.group(1), samples(m.group(2)), m.group(4),
                            m.group(5) == null ? "" : m.group(5)));
                }
            }
        }

        private void startSection(String name, int declared) {
            endSection();
            section = name;
            sectionDeclared = declared;
            sectionSeen = 0;
        }

        private void startBlock(String name, String label) {
            endBlock();
            block = new Block(name, label);
            sectionSeen++;
        }

        private void endBlock() {
            if (block != null) {
                results.putIfAbsent(block.name, new TestResult(block.name, block.label, block.rows, block.messages));
                block = null;
                inMessages = false;
            }
        }

        private void endSection() {
            endBlock();
            if (section != null && sectionSeen != sectionDeclared) {
                anomalies.add("RUN RESULTS section \"" + section + "\" says " + sectionDeclared
                        + " tests but lists " + sectionSeen + " (was jcstress run without -v?)");
            }
            section = null;
        }

        private void endResults() {
            endSection();
            resultsDone = true;
        }

        JcstressOutput result() {
            if (inResults && !resultsDone) {
                endResults();
            }
            return new JcstressOutput(cpus, unschedulable, fatal, inResults, results, progress,
                    reportedFailures, anomalies);
        }

        private static long samples(String digits) {
            return Long.parseLong(digits.replaceAll("\\D", ""));
        }
    }

    /** A test block being read. */
    private static final class Block {
        final String name;
        final String label;
        final List<Row> rows = new ArrayList<>();
        final List<String> messages = new ArrayList<>();

        Block(String name, String label) {
            this.name = name;
            this.label = label;
        }
    }
}
