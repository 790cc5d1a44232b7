package org.concurrencykit.problems.latch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;

class LatchProblemTest {
    private static final LatchProblem PROBLEM = new LatchProblem();
    private static final LatchCase TWO = PROBLEM.parse("count = 2, calls = [await,countDown,countDown]");
    private static final LatchCase NEVER = PROBLEM.parse("count = 3, calls = [awaitFor,countDown,countDown]");

    /** A log written by hand, each event at a time in milliseconds. */
    private static final class Log {
        final List<Event> events = new ArrayList<>();

        Log at(double millis, String thread, String token) {
            events.add(new Event(events.size(), thread, token, (long) (millis * 1_000_000)));
            return this;
        }

        Log down(double millis, int k) {
            return at(millis, "countDown-" + k, LatchChecker.COUNT_DOWN)
                    .at(millis, "countDown-" + k, LatchChecker.COUNT_DOWN_RETURNED);
        }
    }

    private static String message(LatchCase c, Log log) {
        return LatchChecker.check(c, log.events).map(Violation::message).orElse(null);
    }

    @Test
    void acceptsAWaiterReleasedByTheLastCountDown() {
        Log log = new Log().at(0, "await-1", LatchChecker.AWAIT).down(1, 1).down(2, 2)
                .at(3, "await-1", LatchChecker.AWAIT_RETURNED);
        assertThat(LatchChecker.check(TWO, log.events)).isEmpty();
    }

    @Test
    void acceptsAReleaseRecordedBeforeTheLastCountDownReturned() {
        Log log = new Log().at(0, "await-1", LatchChecker.AWAIT).down(1, 1)
                .at(2, "countDown-2", LatchChecker.COUNT_DOWN).at(3, "await-1", LatchChecker.AWAIT_RETURNED)
                .at(4, "countDown-2", LatchChecker.COUNT_DOWN_RETURNED);
        assertThat(LatchChecker.check(TWO, log.events)).as("the second countDown opened it before returning").isEmpty();
    }

    @Test
    void rejectsAWaiterReleasedBeforeTheCountReachedZero() {
        Log log = new Log().at(0, "await-1", LatchChecker.AWAIT).down(1, 1)
                .at(2, "await-1", LatchChecker.AWAIT_RETURNED).down(3, 2);
        assertThat(message(TWO, log)).contains("output #4", "await-1's await() returned while the latch was closed",
                "only 1 of 2 countDown() calls had begun");
    }

    @Test
    void rejectsATimedWaitThatReportsAnOpeningThatNeverHappened() {
        Log log = new Log().at(0, "awaitFor-1", LatchChecker.AWAIT_FOR).down(1, 1).down(2, 2)
                .at(11, "awaitFor-1", LatchChecker.AWAIT_FOR_TRUE);
        assertThat(message(NEVER, log)).contains("returned true while the latch was closed");
    }

    @Test
    void acceptsATimedWaitThatGaveUpAfterItsWholeTimeout() {
        Log log = new Log().at(0, "awaitFor-1", LatchChecker.AWAIT_FOR).down(1, 1).down(2, 2)
                .at(10.2, "awaitFor-1", LatchChecker.AWAIT_FOR_FALSE);
        assertThat(LatchChecker.check(NEVER, log.events)).isEmpty();
    }

    @Test
    void rejectsATimedWaitThatGaveUpEarly() {
        Log log = new Log().at(0, "awaitFor-1", LatchChecker.AWAIT_FOR).down(1, 1)
                .at(1.5, "awaitFor-1", LatchChecker.AWAIT_FOR_FALSE).down(2, 2);
        assertThat(message(NEVER, log)).contains("returned false after 1.50 ms, before its 10 ms timeout");
    }

    @Test
    void rejectsATimedWaitThatGaveUpOnAnOpenLatch() {
        LatchCase open = PROBLEM.parse("count = 1, calls = [countDown,awaitFor]");
        Log log = new Log().down(0, 1).at(1, "awaitFor-1", LatchChecker.AWAIT_FOR)
                .at(12, "awaitFor-1", LatchChecker.AWAIT_FOR_FALSE);
        assertThat(message(open, log)).contains("after all 1 countDown() calls had returned, so the latch was open");
    }

    @Test
    void rejectsARoundWithACallThatNeverReturned() {
        Log log = new Log().at(0, "await-1", LatchChecker.AWAIT).down(1, 1).down(2, 2);
        assertThat(message(TWO, log)).contains("a call did not return");
        assertThat(LatchChecker.checkUnfinished(TWO, log.events)).as("a hang, for the judge to report").isEmpty();
    }

    @Test
    void anOpenLatchReleasesAtOnce() {
        LatchCase open = PROBLEM.parse("count = 0, calls = [await]");
        Log log = new Log().at(0, "await-1", LatchChecker.AWAIT).at(0, "await-1", LatchChecker.AWAIT_RETURNED);
        assertThat(LatchChecker.check(open, log.events)).isEmpty();
    }

    @Test
    void casesStartWithTheExamplesAndStayWithinTheConstraints() {
        List<LatchCase> cases = PROBLEM.cases(new Random(7));
        assertThat(cases.subList(0, 2)).isEqualTo(PROBLEM.examples());
        assertThat(cases).hasSizeGreaterThan(15).allSatisfy(c -> {
            assertThat(c.calls()).hasSizeLessThanOrEqualTo(LatchCase.MAX_CALLS);
            assertThat(PROBLEM.parse(c.input())).isEqualTo(c);
        });
        assertThat(cases).anyMatch(c -> !c.opens()).anyMatch(c -> c.count() == 0)
                .anyMatch(c -> c.countDowns() > c.count() && c.calls().contains(LatchCase.AWAIT));
        assertThat(PROBLEM.smallCases()).allSatisfy(c -> assertThat(c.calls()).doesNotContain(LatchCase.AWAIT_FOR));
    }

    @Test
    void badInputIsOneLineWithTheReason() {
        assertThatThrownBy(() -> PROBLEM.parse("count = 2, calls = [await,countDown]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("waits forever")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> PROBLEM.parse("count = 9, calls = [countDown]")).hasMessageContaining("count must be");
        assertThatThrownBy(() -> PROBLEM.parse("count = 1, calls = [wait]")).hasMessageContaining("not: wait");
        assertThatThrownBy(() -> PROBLEM.parse("nums = [1]")).hasMessageStartingWith("expected an input like");
    }

    @Test
    void everyReferenceOpensOnceAndHonoursItsTimeout() throws InterruptedException {
        for (Class<? extends OneShotLatch> type : PROBLEM.references()) {
            OneShotLatch latch = create(type, 2);
            assertThat(latch.await(1, TimeUnit.MILLISECONDS)).as(type.getSimpleName()).isFalse();
            latch.countDown();
            assertThat(latch.await(1, TimeUnit.MILLISECONDS)).as(type.getSimpleName()).isFalse();
            latch.countDown();
            latch.countDown();
            assertThat(latch.await(0, TimeUnit.MILLISECONDS)).as(type.getSimpleName()).isTrue();
            latch.await();
            assertThat(create(type, 0).await(0, TimeUnit.MILLISECONDS)).as(type.getSimpleName() + " of 0").isTrue();
        }
    }

    private static OneShotLatch create(Class<? extends OneShotLatch> type, int count) {
        try {
            return type.getConstructor(int.class).newInstance(count);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
