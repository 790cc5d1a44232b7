package org.concurrencykit.jcstress.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.concurrencykit.jcstress.gate.JcstressOutput.Row;
import org.concurrencykit.jcstress.gate.JcstressOutput.TestResult;
import org.junit.jupiter.api.Test;

class JcstressOutputTest {
    private static final String SEMAPHORE_SECOND_AND_THIRD =
            "org.concurrencykit.jcstress.printinorder.PrintInOrderStress.SecondAndThird.Semaphore";

    @Test
    void readsEveryTestOfAPassingVerboseRun() {
        JcstressOutput out = Captured.output("pass-2cpus.log");

        assertThat(out.cpusInUse()).hasValue(2);
        assertThat(out.unschedulable()).containsExactly(3);
        assertThat(out.finished()).isTrue();
        assertThat(out.fatal()).isEmpty();
        assertThat(out.anomalies()).isEmpty();
        assertThat(out.reportedFailures()).isFalse();
        assertThat(out.results()).hasSize(18);
        assertThat(out.results().values()).allSatisfy(r -> {
            assertThat(r.label()).isEqualTo("OK");
            assertThat(r.forbiddenSeen()).isEmpty();
        });
        assertThat(out.lastProgress()).hasValueSatisfying(p -> {
            assertThat(p.planned()).isEqualTo(144);
            assertThat(p.allPassed()).isTrue();
        });
    }

    @Test
    void readsTheMergedOutcomeTableOfATest() {
        TestResult r = Captured.output("pass-2cpus.log").results().get(SEMAPHORE_SECOND_AND_THIRD);

        assertThat(r.graded()).isTrue();
        assertThat(r.rows()).containsExactly(
                new Row(".*interrupted.*", 0, "Forbidden", "An actor was interrupted."),
                new Row("first, second, third", 298_368, "Acceptable", "third() waited for second()."),
                new Row("first, third, second", 0, "Forbidden", "third() did not wait for second()."));
    }

    @Test
    void readsForbiddenOutcomesOfFailedTests() {
        JcstressOutput out = Captured.output("broken-forbidden.log");

        assertThat(out.results()).hasSize(2);
        assertThat(out.results().values()).allSatisfy(r -> assertThat(r.label()).isEqualTo("FAILED"));
        assertThat(out.results().get(
                "org.concurrencykit.jcstress.broken.BrokenPrintInOrderStress.SecondAndThird.Unsynchronized")
                .forbiddenSeen())
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.result()).isEqualTo("first, third, second");
                    assertThat(row.samples()).isEqualTo(72_628);
                    assertThat(row.description()).isEqualTo("third() did not wait for second().");
                });
        assertThat(out.reportedFailures()).isTrue();
        assertThat(out.anomalies()).isEmpty();
    }

    @Test
    void aResultOnlyTheDefaultOutcomeMatchesIsForbidden() {
        TestResult r = Captured.output("failed-default-outcome.log").results().get("scratch.ScratchStress.Unmatched");

        assertThat(r.label()).isEqualTo("FAILED");
        assertThat(r.forbiddenSeen()).containsExactly(new Row("weird", 32, "Forbidden", "anything else"));
    }

    @Test
    void readsAnEmptyResult() {
        // What a solution that never runs its callbacks produces: an empty log.
        TestResult r = Captured.output("failed-empty-result.log").results().get("scratch.ScratchStress.Unmatched");

        assertThat(r.forbiddenSeen()).containsExactly(new Row("", 32, "Forbidden", "anything else"));
        assertThat(r.rows()).hasSize(3);
    }

    @Test
    void readsErrorsWithTheirMessages() {
        JcstressOutput out = Captured.output("error-check-failed.log");
        TestResult r = out.results().get("scratch.ScratchStress.Throwing");

        assertThat(r.label()).isEqualTo("ERROR");
        assertThat(r.graded()).isFalse();
        assertThat(r.rows()).isEmpty();
        assertThat(r.messages()).startsWith("Check test failed", "java.lang.IllegalStateException: boom from actor a",
                "at scratch.ScratchStress$Throwing.a(ScratchStress.java:13)");
        assertThat(out.lastProgress()).hasValueSatisfying(p -> assertThat(p.hardErrors()).isEqualTo(8));
        assertThat(out.anomalies()).isEmpty();
    }

    @Test
    void seesThatNothingCouldBeScheduled() {
        JcstressOutput out = Captured.output("fatal-three-actors-only.log");

        assertThat(out.cpusInUse()).hasValue(2);
        assertThat(out.unschedulable()).containsExactly(3);
        assertThat(out.fatal()).containsExactly("FATAL: No matching tests.");
        assertThat(out.finished()).isFalse();
        assertThat(out.results()).isEmpty();
    }

    @Test
    void aKilledRunIsNotFinished() {
        JcstressOutput out = Captured.output("killed-midway.log");

        assertThat(out.finished()).isFalse();
        assertThat(out.results()).isEmpty();
        assertThat(out.lastProgress()).hasValueSatisfying(p -> assertThat(p.allPassed()).isFalse());
    }

    @Test
    void aRunWithoutVerboseIsAnAnomaly() {
        JcstressOutput out = Captured.output("not-verbose.log");

        assertThat(out.results()).isEmpty();
        assertThat(out.anomalies()).singleElement().asString()
                .contains("All remaining tests").contains("says 1 tests but lists 0");
    }

    @Test
    void aTestListedInTwoSectionsCountsOnce() {
        // jcstress lists a test that is both interesting and failed in both sections.
        List<String> lines = new ArrayList<>(Captured.lines("broken-forbidden.log"));
        int block = lines.lastIndexOf("...... [FAILED] org.concurrencykit.jcstress.broken.BrokenPrintInOrderStress"
                + ".FirstAndSecond.Unsynchronized");
        List<String> copy = new ArrayList<>(lines.subList(block, block + 9));
        int interesting = lines.indexOf("  Interesting tests: No matches.");
        lines.set(interesting, "  Interesting tests: 1 matching test results.");
        lines.addAll(interesting + 2, copy);

        JcstressOutput out = JcstressOutput.parse(lines);

        assertThat(out.results()).hasSize(2);
        assertThat(out.anomalies()).isEmpty();
        assertThat(out.results().values()).allSatisfy(r -> assertThat(r.forbiddenSeen()).hasSize(1));
    }

    @Test
    void samplesInAnotherLocaleStillParse() {
        List<String> lines = new ArrayList<>(Captured.lines("broken-forbidden.log"));
        lines.replaceAll(l -> l.replace("72,628", "72\u202f628"));

        TestResult r = JcstressOutput.parse(lines).results().get(
                "org.concurrencykit.jcstress.broken.BrokenPrintInOrderStress.SecondAndThird.Unsynchronized");

        assertThat(r.forbiddenSeen()).extracting(Row::samples).containsExactly(72_628L);
    }
}
