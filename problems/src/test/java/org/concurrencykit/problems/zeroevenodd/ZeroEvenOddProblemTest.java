package org.concurrencykit.problems.zeroevenodd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;

/** The checker and the input syntax of Print Zero Even Odd, on hand-built event logs. */
class ZeroEvenOddProblemTest {
    private final ZeroEvenOddProblem problem = new ZeroEvenOddProblem();

    /** A log of {@code thread:token} events, each added by a real thread of that name, in order. */
    private static EventLog log(String... threadAndToken) throws InterruptedException {
        EventLog log = new EventLog();
        for (String tt : threadAndToken) {
            String[] parts = tt.split(":");
            Thread t = new Thread(() -> log.add(parts[1]), parts[0]);
            t.start();
            t.join(10_000);
            assertThat(t.isAlive()).isFalse();
        }
        return log;
    }

    private Optional<Violation> check(int n, EventLog log) {
        return problem.check(new ZeroEvenOddCase(n), log);
    }

    @Test
    void acceptsAZeroBeforeEachNumberEachFromItsOwnThread() throws InterruptedException {
        assertThat(check(3, log("zero:0", "odd:1", "zero:0", "even:2", "zero:0", "odd:3"))).isEmpty();
        assertThat(check(1, log("zero:0", "odd:1"))).isEmpty();
    }

    @Test
    void rejectsANumberThatComesBeforeItsZero() throws InterruptedException {
        Optional<Violation> v = check(2, log("zero:0", "odd:1", "even:2", "zero:0"));
        assertThat(v).isPresent();
        assertThat(v.get().expected()).isEqualTo("0102");
        assertThat(v.get().actual()).isEqualTo("0120");
        assertThat(v.get().message()).isEqualTo("output #3 was \"2\" but \"0\" was due (after \"01\")");
    }

    @Test
    void rejectsAZeroPrintedByANumberThread() throws InterruptedException {
        Optional<Violation> v = check(2, log("zero:0", "odd:1", "odd:0", "even:2"));
        assertThat(v).get().extracting(Violation::message)
                .isEqualTo("output #3 \"0\" was printed by thread odd; only thread zero may print it");
    }

    @Test
    void rejectsANumberPrintedByTheThreadOfTheOtherParity() throws InterruptedException {
        Optional<Violation> v = check(2, log("zero:0", "odd:1", "zero:0", "odd:2"));
        assertThat(v).get().extracting(Violation::message)
                .isEqualTo("output #4 \"2\" was printed by thread odd; only thread even may print it");
    }

    @Test
    void rejectsAMissingLastNumber() throws InterruptedException {
        Optional<Violation> v = check(3, log("zero:0", "odd:1", "zero:0", "even:2", "zero:0"));
        assertThat(v).get().extracting(Violation::message)
                .isEqualTo("only 5 of 6 outputs were printed; \"3\" never came");
    }

    @Test
    void rejectsAnExtraValue() throws InterruptedException {
        Optional<Violation> v = check(1, log("zero:0", "odd:1", "even:2"));
        assertThat(v).get().extracting(Violation::message)
                .isEqualTo("3 outputs were printed but only 2 are due; the first extra one was \"2\" by thread even");
    }

    @Test
    void rejectsAWrongNumberInItsPlace() throws InterruptedException {
        Optional<Violation> v = check(2, log("zero:0", "even:0", "zero:0", "even:2"));
        assertThat(v).get().extracting(Violation::message)
                .isEqualTo("output #2 was \"0\" but \"1\" was due (after \"0\")");
    }

    @Test
    void ownerFollowsTheParityOfTheNumberDue() {
        assertThat(List.of(0, 1, 2, 3, 4, 5).stream().map(ZeroEvenOddProblem::owner))
                .containsExactly("zero", "odd", "zero", "even", "zero", "odd");
    }

    @Test
    void inputsNameTheStartOrderOnlyWhenItIsNotLeetCodes() {
        assertThat(new ZeroEvenOddCase(5).input()).isEqualTo("n = 5");
        ZeroEvenOddCase c = new ZeroEvenOddCase(5, List.of("odd", "zero", "even"));
        assertThat(c.input()).isEqualTo("n = 5, start = [odd,zero,even]");
        assertThat(problem.parse(" n=5 , start = [ odd , zero,even ] ")).isEqualTo(c);
        assertThat(problem.parse("n = 5, start = [zero,even,odd]")).isEqualTo(new ZeroEvenOddCase(5));
        assertThat(problem.parse("7")).isEqualTo(new ZeroEvenOddCase(7));
    }

    @Test
    void parseRejectsBadSizesAndOrders() {
        assertThatThrownBy(() -> problem.parse("n = 0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1..1000");
        assertThatThrownBy(() -> problem.parse("n = 1001")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> problem.parse("n = 3, start = [zero,zero,odd]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zero, even and odd");
        assertThatThrownBy(() -> problem.parse("n = 3, start = [zero,odd]"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void casesCoverEveryStartOrderAndTheLargestN() {
        List<ZeroEvenOddCase> cases = problem.cases(new Random(7));
        assertThat(cases.stream().map(ZeroEvenOddCase::start).distinct()).hasSize(6);
        assertThat(cases).extracting(ZeroEvenOddCase::n).contains(1, ZeroEvenOddCase.MAX_N);
    }
}
