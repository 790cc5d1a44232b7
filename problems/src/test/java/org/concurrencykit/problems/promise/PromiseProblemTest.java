package org.concurrencykit.problems.promise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;

class PromiseProblemTest {
    private static final PromiseProblem PROBLEM = new PromiseProblem();
    private static final Script EXAMPLE = Script.of("onComplete, complete(4), complete(9)", "get(), onComplete");
    private static final Script NEVER = Script.of("onComplete, get(5ms)");
    private static final Script RACE = Script.of("complete(1)", "complete(2)", "onComplete, onComplete");

    /** A log written by hand: each event at a time in ms. */
    private static final class Log {
        final List<Event> events = new ArrayList<>();

        Log at(double ms, String thread, String token) {
            events.add(new Event(events.size(), thread, token, (long) (ms * 1_000_000)));
            return this;
        }

        Optional<Violation> check(Script s) {
            return PromiseChecker.check(s, events);
        }
    }

    /** A correct round of example 1. */
    private static Log example() {
        return new Log().at(0, "t1", "onComplete(c1)").at(1, "t2", "get()").at(2, "t1", "complete(4)")
                .at(3, "t1", "c1(4, null)").at(4, "t1", "complete(4) -> true").at(5, "t2", "get() -> 4")
                .at(6, "t1", "complete(9)").at(7, "t1", "complete(9) -> false").at(8, "t2", "onComplete(c2)")
                .at(9, "t2", "c2(4, null)");
    }

    @Test
    void acceptsACorrectRoundAndPrintsWhatEachThreadGot() {
        Log log = example();
        assertThat(log.check(EXAMPLE)).isEmpty();
        EventLog el = new EventLog();
        log.events.forEach(e -> el.add(e.token()));
        assertThat(PromiseChecker.output(EXAMPLE, log.events)).isEqualTo("[[c1(4), true, false], [4, c2(4)]]");
    }

    @Test
    void acceptsAPromiseNeverCompletedWhoseTimedGetTimesOutLate() {
        Log log = new Log().at(0, "t1", "onComplete(c1)").at(1, "t1", "get(5ms)")
                .at(6.5, "t1", "get(5ms) -> TimeoutException");
        assertThat(log.check(NEVER)).isEmpty();
        assertThat(PromiseChecker.output(NEVER, log.events)).isEqualTo("[[c1(never), TimeoutException]]");
    }

    @Test
    void rejectsTwoWinners() {
        Log log = new Log().at(0, "t1", "complete(1)").at(1, "t2", "complete(2)").at(2, "t1", "complete(1) -> true")
                .at(3, "t2", "complete(2) -> true");
        assertThat(log.check(Script.of("complete(1)", "complete(2)")).orElseThrow().message())
                .contains("two calls completed the promise");
    }

    @Test
    void rejectsNoWinner() {
        Log log = new Log().at(0, "t1", "complete(1)").at(1, "t1", "complete(1) -> false");
        assertThat(log.check(Script.of("complete(1)")).orElseThrow().message())
                .contains("no completing call returned true");
    }

    @Test
    void rejectsALoserThatReturnedBeforeTheWinnerWasCalled() {
        Log log = new Log().at(0, "t2", "complete(2)").at(1, "t2", "complete(2) -> false")
                .at(2, "t1", "complete(1)").at(3, "t1", "complete(1) -> true");
        assertThat(log.check(Script.of("complete(1)", "complete(2)")).orElseThrow().message())
                .contains("returned false before any completion had begun");
    }

    @Test
    void rejectsAGetGivingAnotherValueThanTheWinners() {
        Log log = example();
        log.events.set(5, new Event(5, "t2", "get() -> 9", 5_000_000));
        Violation v = log.check(EXAMPLE).orElseThrow();
        assertThat(v.message()).contains("must give the winner's outcome, 4");
        assertThat(v.actual()).isEqualTo("t2: get() -> 9");
    }

    @Test
    void rejectsAGetReturningBeforeTheCompletionBegan() {
        Log log = new Log().at(0, "t2", "get()").at(1, "t2", "get() -> 1").at(2, "t1", "complete(1)")
                .at(3, "t1", "complete(1) -> true");
        assertThat(log.check(Script.of("complete(1)", "get()")).orElseThrow().message())
                .contains("returned before the promise was completed");
    }

    @Test
    void rejectsAnExceptionOtherThanTheWinners() {
        Script s = Script.of("completeExceptionally(oops)", "get()");
        Log log = new Log().at(0, "t1", "completeExceptionally(oops)").at(1, "t1", "completeExceptionally(oops) -> true")
                .at(2, "t2", "get()").at(3, "t2", "get() -> 0");
        assertThat(log.check(s).orElseThrow().expected()).startsWith("get() -> ExecutionException(oops)");
        Log right = new Log().at(0, "t1", "completeExceptionally(oops)")
                .at(1, "t1", "completeExceptionally(oops) -> true").at(2, "t2", "get()")
                .at(3, "t2", "get() -> ExecutionException(oops)");
        assertThat(right.check(s)).isEmpty();
    }

    @Test
    void rejectsATimeoutBeforeTheTimeoutPassed() {
        Log log = new Log().at(0, "t1", "onComplete(c1)").at(1, "t1", "get(5ms)")
                .at(2, "t1", "get(5ms) -> TimeoutException");
        assertThat(log.check(NEVER).orElseThrow().message()).contains("gave up before its timeout had passed");
    }

    @Test
    void rejectsATimeoutOnAPromiseCompletedBeforeTheCall() {
        Script s = Script.of("complete(6), get(1ms)");
        Log log = new Log().at(0, "t1", "complete(6)").at(1, "t1", "complete(6) -> true").at(2, "t1", "get(1ms)")
                .at(4, "t1", "get(1ms) -> TimeoutException");
        Violation v = log.check(s).orElseThrow();
        assertThat(v.message()).contains("had returned before t1 called get(1ms)");
        assertThat(v.expected()).isEqualTo("get(1ms) -> 6");
    }

    @Test
    void acceptsATimeoutRacingTheCompletion() {
        Script s = Script.of("complete(6)", "get(10ms)");
        Log log = new Log().at(0, "t2", "get(10ms)").at(1, "t1", "complete(6)").at(2, "t1", "complete(6) -> true")
                .at(12, "t2", "get(10ms) -> TimeoutException");
        assertThat(log.check(s)).as("CountDownLatch.await(timeout) may miss a count that reached 0 just before")
                .isEmpty();
        Log late = new Log().at(0, "t2", "get(10ms)").at(9, "t1", "complete(6)")
                .at(10.5, "t2", "get(10ms) -> TimeoutException").at(11, "t1", "complete(6) -> true");
        assertThat(late.check(s)).as("a completion that ended after the timeout may be missed").isEmpty();
    }

    @Test
    void rejectsALostCallback() {
        Log log = example();
        log.events.remove(9);
        assertThat(log.check(EXAMPLE).orElseThrow().message()).contains("callback c2 (registered by t2) was lost");
    }

    @Test
    void rejectsACallbackRunTwiceAlsoInARoundThatHung() {
        Log log = example().at(10, "t1", "c1(4, null)");
        assertThat(log.check(EXAMPLE).orElseThrow().message()).contains("c1 (registered by t1) ran 2 times");
        Log hung = new Log().at(0, "t1", "onComplete(c1)").at(2, "t1", "complete(4)").at(3, "t1", "c1(4, null)")
                .at(4, "t1", "complete(4) -> true").at(6, "t1", "complete(9)").at(7, "t1", "c1(4, null)");
        assertThat(PromiseChecker.checkUnfinished(EXAMPLE, hung.events).orElseThrow().message()).contains("ran 2 times");
        assertThat(PromiseChecker.checkUnfinished(EXAMPLE, hung.events.subList(0, 5)))
                .as("a callback not run yet is no answer in a round that hung").isEmpty();
    }

    @Test
    void rejectsACallbackWithTheWrongArguments() {
        Log log = example();
        log.events.set(9, new Event(9, "t2", "c2(9, null)", 9_000_000));
        assertThat(log.check(EXAMPLE).orElseThrow().message()).contains("must get the winner's outcome");
    }

    @Test
    void rejectsACallbackRunBeforeTheCompletion() {
        Log log = new Log().at(0, "t3", "onComplete(c1)").at(1, "t3", "c1(1, null)").at(2, "t3", "onComplete(c2)")
                .at(3, "t1", "complete(1)").at(4, "t3", "c2(1, null)").at(5, "t1", "complete(1) -> true")
                .at(6, "t2", "complete(2)").at(7, "t2", "complete(2) -> false");
        assertThat(log.check(RACE).orElseThrow().message()).contains("c1 ran before the promise was completed");
    }

    @Test
    void rejectsOneThreadsCallbacksOutOfOrder() {
        Log log = new Log().at(0, "t3", "onComplete(c1)").at(1, "t3", "onComplete(c2)").at(2, "t1", "complete(1)")
                .at(3, "t1", "c2(1, null)").at(4, "t1", "c1(1, null)").at(5, "t1", "complete(1) -> true")
                .at(6, "t2", "complete(2)").at(7, "t2", "complete(2) -> false");
        assertThat(log.check(RACE).orElseThrow().message()).contains("t3 registered c1 before c2, but c2 ran first");
    }

    @Test
    void rejectsACallbackOrAValueThoughNothingCompleted() {
        Log log = new Log().at(0, "t1", "onComplete(c1)").at(1, "t1", "c1(0, null)").at(2, "t1", "get(5ms)")
                .at(8, "t1", "get(5ms) -> TimeoutException");
        assertThat(log.check(NEVER).orElseThrow().message()).contains("c1 ran though nothing completed");
        Log value = new Log().at(0, "t1", "onComplete(c1)").at(2, "t1", "get(5ms)").at(8, "t1", "get(5ms) -> 0");
        assertThat(value.check(NEVER).orElseThrow().message()).contains("gave 0 but nothing completed the promise");
    }

    @Test
    void inputsRoundTripAndCasesStayWithinTheConstraints() {
        List<Script> all = new ArrayList<>(PROBLEM.cases(new Random(7)));
        all.addAll(PROBLEM.smallCases());
        for (Script s : all) {
            assertThat(PROBLEM.parse(s.input())).isEqualTo(s);
        }
        assertThat(EXAMPLE.input()).isEqualTo("threads = [[onComplete, complete(4), complete(9)], [get(), onComplete]]");
        assertThat(PROBLEM.examples().get(0).input()).isEqualTo("threads = [[onComplete, onComplete, complete(4), "
                + "complete(9)], [onComplete, onComplete], [get(), onComplete]]");
        assertThat(PROBLEM.parse(" threads=[ [onComplete,get(5ms)] ] ")).isEqualTo(NEVER);
        assertThat(PROBLEM.smallCases()).allMatch(s -> s.threads().size() <= 8)
                .allMatch(s -> s.threads().stream().flatMap(List::stream).noneMatch(x -> x.kind() == Step.Kind.GET_TIMED));
    }

    @Test
    void badInputSaysWhyOnOneLine() {
        assertThatThrownBy(() -> PROBLEM.parse("threads = [[get()]]")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("get() would wait forever").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> PROBLEM.parse("threads = [[complete(100)]]")).hasMessageContaining("1..99");
        assertThatThrownBy(() -> PROBLEM.parse("threads = [[get(0ms)], [complete(1)]]")).hasMessageContaining("timeout");
        assertThatThrownBy(() -> PROBLEM.parse("threads = [[cancel()]]")).hasMessageContaining("\"cancel()\" is not a step");
        assertThatThrownBy(() -> PROBLEM.parse("threads = [complete(1)]")).hasMessageContaining("expected a list of threads");
        assertThatThrownBy(() -> PROBLEM.parse("threads = []")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PROBLEM.parse("complete(1)")).hasMessageContaining("expected an input like");
        String nine = "threads = [" + String.join(", ", java.util.Collections.nCopies(9, "[complete(1)]")) + "]";
        assertThatThrownBy(() -> PROBLEM.parse(nine)).hasMessageContaining("1 to 8 threads");
    }
}
