package org.concurrencykit.jcstress.gate;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.concurrencykit.jcstress.gate.JcstressOutput.Row;
import org.concurrencykit.jcstress.gate.JcstressOutput.TestResult;
import org.concurrencykit.jcstress.gate.TestCatalog.Entry;

/**
 * The gate's decision on one jcstress run, from what was selected and what jcstress printed.
 *
 * <p>The run passes only if all of these hold: the filter selected at least one test; jcstress
 * finished and printed its results; every selected test that fits this machine's CPUs has a
 * result, and at least one test ran; no test observed a FORBIDDEN outcome; no test ended in an
 * error (ERROR, TIMEOUT, VM ERROR, or SKIPPED for an API mismatch); jcstress's own counters
 * and failure list agree; the watchdog did not fire. A test with more actors than CPUs is
 * skipped, not failed, unless it has at most {@link #REQUIRED_CPUS} actors: every machine the
 * build runs on must run those.
 *
 * @param selected       the tests the filter selected
 * @param cpus           the CPUs jcstress used, if it said
 * @param ran            the tests jcstress reported a result for
 * @param skippedForCpus the selected tests with more actors than CPUs
 * @param forbidden      the FORBIDDEN outcomes observed, by test
 * @param errors         the tests that ended in an error
 * @param failures       every reason the gate fails, each a sentence; empty when it passes
 * @param wallTime       how long jcstress ran
 */
public record GateReport(List<Entry> selected, OptionalInt cpus, List<String> ran, List<Entry> skippedForCpus,
        List<Forbidden> forbidden, List<TestResult> errors, List<String> failures, Duration wallTime) {

    /** Tests with up to this many actors must run: the build's machines have at least 2 CPUs. */
    public static final int REQUIRED_CPUS = 2;

    /** A FORBIDDEN outcome one test observed. */
    public record Forbidden(String test, Row row) {
    }

    public GateReport {
        selected = List.copyOf(selected);
        ran = List.copyOf(ran);
        skippedForCpus = List.copyOf(skippedForCpus);
        forbidden = List.copyOf(forbidden);
        errors = List.copyOf(errors);
        failures = List.copyOf(failures);
    }

    /**
     * Decides a run.
     *
     * @param runFailures reasons found before parsing, such as the watchdog firing
     */
    public static GateReport evaluate(List<Entry> selected, JcstressOutput output, List<String> runFailures,
            Duration wallTime) {
        Evaluation e = new Evaluation(selected, output);
        e.failures.addAll(runFailures);
        e.checkSelection();
        e.checkCompleteness();
        e.checkResults();
        e.checkCrossChecks();
        return new GateReport(selected, output.cpusInUse(), List.copyOf(e.ran), e.skipped, e.forbidden,
                e.errors, e.failures, wallTime);
    }

    /** Whether the gate lets the build pass. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** The number of selected tests jcstress was expected to run. */
    public int expected() {
        return selected.size() - skippedForCpus.size();
    }

    /** Prints the summary: verdict, counts, skipped tests by name, and every failure. */
    public void print(PrintStream out) {
        out.println("jcstress gate: " + (passed() ? "PASSED" : "FAILED"));
        out.printf("  tests run:         %d of %d expected (%d selected)%n", ran.size(), expected(), selected.size());
        out.printf("  skipped for CPUs:  %d%n", skippedForCpus.size());
        for (Entry e : skippedForCpus) {
            out.printf("    %s: needs %d CPUs, this machine has %d: skipped%n",
                    e.name(), e.cpusNeeded(), cpus.orElse(0));
        }
        out.printf("  forbidden:         %d%n", forbidden.size());
        out.printf("  errors:            %d%n", errors.size());
        out.printf(Locale.ROOT, "  wall time:         %.1f s%n", wallTime.toMillis() / 1000.0);
        for (String failure : failures) {
            out.println("  FAIL: " + failure);
        }
    }

    /** The mutable work of {@link #evaluate}. */
    private static final class Evaluation {
        private final List<Entry> selected;
        private final JcstressOutput output;
        private final Set<String> ran = new LinkedHashSet<>();
        private final List<Entry> skipped = new ArrayList<>();
        private final List<Forbidden> forbidden = new ArrayList<>();
        private final List<TestResult> errors = new ArrayList<>();
        private final List<String> failures = new ArrayList<>();

        Evaluation(List<Entry> selected, JcstressOutput output) {
            this.selected = selected;
            this.output = output;
        }

        void checkSelection() {
            if (selected.isEmpty()) {
                failures.add("the test filter selects no test");
            }
            if (output.cpusInUse().isEmpty()) {
                failures.add("jcstress never said how many CPUs it uses: it stopped before testing");
                return;
            }
            int cpus = output.cpusInUse().getAsInt();
            for (Entry e : selected) {
                if (e.cpusNeeded() > cpus && e.cpusNeeded() <= REQUIRED_CPUS) {
                    failures.add(e.name() + " needs " + e.cpusNeeded() + " CPUs, this machine has " + cpus
                            + ": it cannot run, and tests of up to " + REQUIRED_CPUS + " actors must");
                } else if (e.cpusNeeded() > cpus) {
                    skipped.add(e);
                }
            }
        }

        void checkCompleteness() {
            if (!output.finished()) {
                failures.add("jcstress printed no RUN RESULTS: it did not finish");
            }
            output.fatal().forEach(line -> failures.add("jcstress said " + line));
            failures.addAll(output.anomalies());
            Set<String> selectedNames = names(selected);
            for (TestResult r : output.results().values()) {
                ran.add(r.name());
                if (!selectedNames.contains(r.name())) {
                    failures.add("jcstress ran " + r.name() + ", which the gate did not select");
                }
            }
            Set<String> missing = names(selected);
            missing.removeAll(names(skipped));
            missing.removeAll(ran);
            missing.forEach(name -> failures.add(name + " did not run"));
            if (ran.isEmpty()) {
                failures.add("no test ran");
            }
        }

        void checkResults() {
            for (TestResult r : output.results().values()) {
                if (!r.graded()) {
                    errors.add(r);
                    failures.add(r.name() + ": " + r.label() + firstMessage(r));
                    continue;
                }
                List<Row> seen = r.forbiddenSeen();
                seen.forEach(row -> forbidden.add(new Forbidden(r.name(), row)));
                seen.forEach(row -> failures.add(String.format(Locale.ROOT,
                        "%s: FORBIDDEN \"%s\" seen %,d times (%s)", r.name(), row.result(), row.samples(),
                        row.description())));
                if (r.label().equals("FAILED") && seen.isEmpty()) {
                    failures.add(r.name() + ": FAILED, but with no FORBIDDEN outcome the gate could read");
                }
            }
        }

        /** jcstress's own counters must agree with the parsed results; a killed run has none to compare. */
        void checkCrossChecks() {
            if (!output.finished()) {
                return;
            }
            boolean attributed = !forbidden.isEmpty() || !errors.isEmpty();
            output.lastProgress().filter(p -> !p.allPassed() && !attributed).ifPresent(p -> failures.add(
                    "jcstress counts forks that did not pass, which the gate could not attribute: " + p));
            if (output.reportedFailures() && !attributed) {
                failures.add("jcstress reported TEST FAILURES, which the gate could not attribute");
            }
        }

        /** The first message and, below it, the first line that is not a stack frame. */
        private static String firstMessage(TestResult r) {
            List<String> messages = r.messages();
            if (messages.isEmpty()) {
                return "";
            }
            String cause = messages.stream().skip(1).filter(m -> !m.startsWith("at ")).findFirst()
                    .map(m -> ": " + m).orElse("");
            return ": " + messages.get(0) + cause;
        }

        private static Set<String> names(List<Entry> entries) {
            Set<String> names = new LinkedHashSet<>();
            entries.forEach(e -> names.add(e.name()));
            return names;
        }
    }
}
