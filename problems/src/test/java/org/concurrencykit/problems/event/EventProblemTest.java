package org.concurrencykit.problems.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;

class EventProblemTest {
    private static final EventProblem PROBLEM = new EventProblem();
    private static final EventCase PULSE = PROBLEM.parse("calls = [awaitFor,pulse,awaitFor]");
    private static final EventCase TWO = PROBLEM.parse("calls = [await,await,set,isSet,clear,isSet]");

    /** A log written by hand, each event at a time in milliseconds. */
    private static final class Log {
        final List<Event> events = new ArrayList<>();

        Log at(double millis, String thread, String token) {
            events.add(new Event(events.size(), thread, token, (long) (millis * 1_000_000)));
            return this;
        }

        Log call(double millis, String thread, String call) {
            return at(millis, thread, call).at(millis, thread, call + EventChecker.RETURNED);
        }

        Log blocked(double millis, String by, String waiter) {
            return at(millis, by, waiter + EventChecker.BLOCKED);
        }

        Log pulse(double millis) {
            return call(millis, "pulse-1", EventChecker.SET).call(millis, "pulse-1", EventChecker.CLEAR);
        }
    }

    private static String message(EventCase c, Log log) {
        return EventChecker.check(c, log.events).map(Violation::message).orElse(null);
    }

    private static final String FOR_TRUE = EventChecker.AWAIT_FOR + EventChecker.RETURNED + EventChecker.TRUE;
    private static final String FOR_FALSE = EventChecker.AWAIT_FOR + EventChecker.RETURNED + EventChecker.FALSE;

    @Test
    void acceptsAWaiterReleasedByAPulseAndALaterTimeout() {
        Log log = new Log().at(0, "awaitFor-1", EventChecker.AWAIT_FOR).blocked(0.1, "pulse-1", "awaitFor-1")
                .pulse(0.2).at(0.3, "awaitFor-1", FOR_TRUE).at(0.4, "awaitFor-2", EventChecker.AWAIT_FOR)
                .at(10.5, "awaitFor-2", FOR_FALSE);
        assertThat(EventChecker.check(PULSE, log.events)).isEmpty();
    }

    @Test
    void rejectsAWaiterThatAPulseDidNotRelease() {
        Log log = new Log().at(0, "awaitFor-1", EventChecker.AWAIT_FOR).blocked(0.1, "pulse-1", "awaitFor-1")
                .pulse(0.2).at(10.1, "awaitFor-1", FOR_FALSE).at(10.2, "awaitFor-2", EventChecker.AWAIT_FOR)
                .at(20.5, "awaitFor-2", FOR_FALSE);
        assertThat(message(PULSE, log)).contains("output #7", "awaitFor-1's await(10) returned false",
                "blocked in it (output #2) when pulse-1 called set() (outputs #3 to #4)");
    }

    @Test
    void acceptsATimeoutWhenTheWaiterWasNotKnownToBeBlocked() {
        Log log = new Log().at(0, "awaitFor-1", EventChecker.AWAIT_FOR).pulse(0.2)
                .at(10.1, "awaitFor-1", FOR_FALSE).at(10.2, "awaitFor-2", EventChecker.AWAIT_FOR)
                .at(20.5, "awaitFor-2", FOR_FALSE);
        assertThat(EventChecker.check(PULSE, log.events)).as("it may have looked after the clear").isEmpty();
    }

    @Test
    void rejectsATimedWaitThatGaveUpEarly() {
        Log log = new Log().at(0, "awaitFor-1", EventChecker.AWAIT_FOR).at(1.5, "awaitFor-1", FOR_FALSE);
        assertThat(message(PULSE, log)).contains("returned false after 1.50 ms, before its 10 ms timeout");
    }

    @Test
    void rejectsAWaiterReleasedWhileTheFlagWasClear() {
        Log log = new Log().at(0, "awaitFor-1", EventChecker.AWAIT_FOR).at(0.5, "awaitFor-1", FOR_TRUE).pulse(1);
        assertThat(message(PULSE, log)).contains("output #2", "returned true, but the flag was clear all through");
        Log untimed = new Log().at(0, "await-1", EventChecker.AWAIT).at(0.1, "await-1", EventChecker.AWAIT
                + EventChecker.RETURNED);
        assertThat(EventChecker.checkUnfinished(TWO, untimed.events)).get().extracting(Violation::message)
                .asString().contains("await-1's await() returned, but the flag was clear");
    }

    @Test
    void rejectsATimeoutWhileTheFlagWasSetAllAlong() {
        EventCase c = PROBLEM.parse("calls = [set,awaitFor]");
        Log log = new Log().call(0, "set-1", EventChecker.SET).at(1, "awaitFor-1", EventChecker.AWAIT_FOR)
                .at(12, "awaitFor-1", FOR_FALSE);
        assertThat(message(c, log)).contains("returned false, but the flag was set all through its call");
    }

    @Test
    void judgesIsSetByTheFlagDuringItsCall() {
        Log log = new Log().at(0, "await-1", EventChecker.AWAIT).at(0, "await-2", EventChecker.AWAIT)
                .call(1, "set-1", EventChecker.SET).at(1, "await-1", EventChecker.AWAIT + EventChecker.RETURNED)
                .at(1, "await-2", EventChecker.AWAIT + EventChecker.RETURNED)
                .at(2, "isSet-1", EventChecker.IS_SET).at(2, "isSet-1", EventChecker.IS_SET + EventChecker.RETURNED
                        + EventChecker.FALSE);
        assertThat(message(TWO, log)).contains("isSet-1's isSet() returned false, but the flag was set");
        Log overlapping = new Log().at(0, "isSet-1", EventChecker.IS_SET).at(0, "set-1", EventChecker.SET)
                .at(1, "isSet-1", EventChecker.IS_SET + EventChecker.RETURNED + EventChecker.TRUE)
                .at(1, "set-1", EventChecker.SET + EventChecker.RETURNED);
        assertThat(EventChecker.checkUnfinished(TWO, overlapping.events)).as("the set may have come first").isEmpty();
    }

    @Test
    void rejectsARoundWithACallThatNeverReturned() {
        Log log = new Log().at(0, "awaitFor-1", EventChecker.AWAIT_FOR).pulse(1);
        assertThat(message(PULSE, log)).contains("never returned");
        assertThat(EventChecker.checkUnfinished(PULSE, log.events)).as("a hang, for the judge to report").isEmpty();
    }

    @Test
    void casesStartWithTheExamplesAndStayWithinTheConstraints() {
        List<EventCase> cases = PROBLEM.cases(new Random(7));
        assertThat(cases.subList(0, 2)).isEqualTo(PROBLEM.examples());
        assertThat(cases).hasSizeGreaterThan(8).allSatisfy(c -> {
            assertThat(c.calls()).hasSizeLessThanOrEqualTo(EventCase.MAX_CALLS);
            assertThat(PROBLEM.parse(c.input())).isEqualTo(c);
        });
        for (int seed = 0; seed < 50; seed++) {
            assertThat(PROBLEM.cases(new Random(seed))).isNotEmpty();
        }
    }

    @Test
    void badInputIsOneLineWithTheReason() {
        assertThatThrownBy(() -> PROBLEM.parse("calls = [set,clear,await]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("waits forever")
                .hasMessageNotContaining("\n");
        assertThat(PROBLEM.parse("calls = [set,await]").calls()).hasSize(2);
        assertThatThrownBy(() -> PROBLEM.parse("calls = [wait]")).hasMessageContaining("not: wait");
        assertThatThrownBy(() -> PROBLEM.parse("calls = []")).hasMessageContaining("1 to 8");
        assertThatThrownBy(() -> PROBLEM.parse("nums = [1]")).hasMessageStartingWith("expected an input like");
    }

    @Test
    void everyReferenceReleasesAWaiterThatAPulseSetAndClearedAtOnce() throws Exception {
        for (Class<? extends ManualResetEvent> type : PROBLEM.references()) {
            ManualResetEvent event = type.getConstructor().newInstance();
            assertThat(event.isSet()).as(type.getSimpleName()).isFalse();
            assertThat(event.await(1)).as(type.getSimpleName()).isFalse();
            AtomicBoolean released = new AtomicBoolean();
            CountDownLatch done = new CountDownLatch(1);
            Thread waiter = new Thread(() -> {
                try {
                    released.set(event.await(10_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            waiter.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!EventProblem.blocked(waiter) && System.nanoTime() < deadline) {
                Thread.yield();
            }
            event.set();
            event.clear();
            assertThat(done.await(5, TimeUnit.SECONDS)).as(type.getSimpleName() + " released its waiter").isTrue();
            assertThat(released.get()).as(type.getSimpleName()).isTrue();
            assertThat(event.isSet()).as(type.getSimpleName()).isFalse();
            event.set();
            event.set();
            assertThat(event.await(0)).as(type.getSimpleName()).isTrue();
            event.await();
            waiter.join(TimeUnit.SECONDS.toMillis(10));
        }
    }
}
