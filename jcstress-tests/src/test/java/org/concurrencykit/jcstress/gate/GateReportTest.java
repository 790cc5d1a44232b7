package org.concurrencykit.jcstress.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.concurrencykit.jcstress.gate.TestCatalog.Entry;
import org.junit.jupiter.api.Test;

class GateReportTest {
    private static final Duration WALL = Duration.ofSeconds(100);
    private static final List<Entry> DEFAULT_SELECTION = Captured.catalog().select(GateOptions.DEFAULT_TESTS);

    @Test
    void passesWhenEveryTestThatFitsRanCleanly() {
        GateReport report = evaluate(DEFAULT_SELECTION, Captured.lines("pass-2cpus.log"));

        assertThat(report.failures()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.ran()).hasSize(18);
        assertThat(report.expected()).isEqualTo(18);
        assertThat(report.skippedForCpus()).hasSize(6)
                .allSatisfy(e -> assertThat(e.name()).contains(".AllThree."));
    }

    @Test
    void namesEverySkippedTestAndWhy() {
        String printed = print(evaluate(DEFAULT_SELECTION, Captured.lines("pass-2cpus.log")));

        assertThat(printed).startsWith("jcstress gate: PASSED")
                .contains("tests run:         18 of 18 expected (24 selected)")
                .contains("org.concurrencykit.jcstress.printinorder.PrintInOrderStress.AllThree.Semaphore:"
                        + " needs 3 CPUs, this machine has 2: skipped")
                .contains("forbidden:         0")
                .contains("errors:            0")
                .contains("wall time:         100.0 s");
    }

    @Test
    void failsOnAForbiddenOutcome() {
        GateReport report = evaluate(Captured.catalog().select("Broken"), Captured.lines("broken-forbidden.log"));

        assertThat(report.passed()).isFalse();
        assertThat(report.forbidden()).hasSize(2);
        assertThat(report.failures()).containsExactly(
                "org.concurrencykit.jcstress.broken.BrokenPrintInOrderStress.FirstAndSecond.Unsynchronized:"
                        + " FORBIDDEN \"second, first\" seen 95,857 times (second() did not wait for first().)",
                "org.concurrencykit.jcstress.broken.BrokenPrintInOrderStress.SecondAndThird.Unsynchronized:"
                        + " FORBIDDEN \"first, third, second\" seen 72,628 times"
                        + " (third() did not wait for second().)");
        assertThat(print(report)).startsWith("jcstress gate: FAILED").contains("forbidden:         2");
    }

    @Test
    void failsOnAnError() {
        List<Entry> scratch = List.of(new Entry("scratch.ScratchStress.Throwing", List.of("a", "b")));

        GateReport report = evaluate(scratch, Captured.lines("error-check-failed.log"));

        assertThat(report.errors()).hasSize(1);
        assertThat(report.failures()).containsExactly("scratch.ScratchStress.Throwing: ERROR: Check test failed:"
                + " java.lang.IllegalStateException: boom from actor a");
    }

    @Test
    void failsOnAResultOnlyTheDefaultOutcomeMatches() {
        List<Entry> scratch = List.of(new Entry("scratch.ScratchStress.Unmatched", List.of("a", "b")));

        GateReport report = evaluate(scratch, Captured.lines("failed-default-outcome.log"));

        assertThat(report.failures()).containsExactly(
                "scratch.ScratchStress.Unmatched: FORBIDDEN \"weird\" seen 32 times (anything else)");
    }

    @Test
    void failsWhenNothingRanEvenThoughJcstressExitedZero() {
        GateReport report = evaluate(Captured.catalog().select("\\.PrintInOrderStress\\.AllThree"),
                Captured.lines("fatal-three-actors-only.log"));

        assertThat(report.skippedForCpus()).hasSize(6);
        assertThat(report.failures()).contains("jcstress printed no RUN RESULTS: it did not finish",
                "jcstress said FATAL: No matching tests.", "no test ran");
    }

    @Test
    void failsWhenASelectedTestDidNotRun() {
        List<Entry> selection = new ArrayList<>(DEFAULT_SELECTION);
        selection.add(new Entry("org.concurrencykit.jcstress.foobar.FooBarStress.Phaser", List.of("foo", "bar")));

        GateReport report = evaluate(selection, Captured.lines("pass-2cpus.log"));

        assertThat(report.failures()).containsExactly(
                "org.concurrencykit.jcstress.foobar.FooBarStress.Phaser did not run");
        assertThat(report.expected()).isEqualTo(19);
    }

    @Test
    void aTwoActorTestIsNeverSkipped() {
        List<String> oneCpu = new ArrayList<>(Captured.lines("pass-2cpus.log"));
        oneCpu.replaceAll(l -> l.replace("Hardware CPUs in use: 2", "Hardware CPUs in use: 1"));

        GateReport report = evaluate(DEFAULT_SELECTION, oneCpu);

        assertThat(report.passed()).isFalse();
        assertThat(report.skippedForCpus()).hasSize(6);
        assertThat(report.failures()).hasSize(18).allSatisfy(f ->
                assertThat(f).endsWith("needs 2 CPUs, this machine has 1: it cannot run, and tests of up to 2"
                        + " actors must"));
    }

    @Test
    void failsWhenKilledMidway() {
        GateReport report = GateReport.evaluate(DEFAULT_SELECTION, Captured.output("killed-midway.log"),
                List.of("watchdog: jcstress ran longer than 420 s; killed it and its forked VMs"), WALL);

        assertThat(report.failures()).startsWith("watchdog: jcstress ran longer than 420 s; killed it and its forked VMs",
                "jcstress printed no RUN RESULTS: it did not finish");
        assertThat(report.failures()).contains("no test ran");
    }

    @Test
    void failsWhenJcstressCountsFailuresTheParserMissed() {
        List<String> lines = new ArrayList<>(Captured.lines("pass-2cpus.log"));
        int last = lines.lastIndexOf("(Results: 144 planned; 144 passed, 0 failed, 0 soft errs, 0 hard errs)");
        lines.set(last, "(Results: 144 planned; 143 passed, 1 failed, 0 soft errs, 0 hard errs)");

        GateReport report = evaluate(DEFAULT_SELECTION, lines);

        assertThat(report.failures()).singleElement().asString().startsWith(
                "jcstress counts forks that did not pass, which the gate could not attribute:");
    }

    @Test
    void failsWhenTheParserFindsNoTestsInAQuietRun() {
        List<Entry> one = Captured.catalog().select("PrintInOrderStress\\.SecondAndThird\\.Semaphore");

        GateReport report = evaluate(one, Captured.lines("not-verbose.log"));

        assertThat(report.failures()).anySatisfy(f -> assertThat(f).contains("was jcstress run without -v?"))
                .contains("no test ran");
    }

    @Test
    void failsOnAnEmptySelection() {
        GateReport report = evaluate(List.of(), Captured.lines("pass-2cpus.log"));

        assertThat(report.failures()).contains("the test filter selects no test");
    }

    private static GateReport evaluate(List<Entry> selection, List<String> lines) {
        return GateReport.evaluate(selection, JcstressOutput.parse(lines), List.of(), WALL);
    }

    private static String print(GateReport report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            report.print(out);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
