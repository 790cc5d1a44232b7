package org.concurrencykit.problems.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Action;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CounterProblemTest {
    private static final CounterProblem PROBLEM = new CounterProblem();
    private static final CounterCase TWO_BY_THREE = new CounterCase(2, 3);

    /** Appends events as the named threads, in the order given. */
    private static final class Log {
        final EventLog log = new EventLog();

        Log as(String thread, String token) {
            Thread t = new Thread(() -> log.add(token), thread);
            t.start();
            try {
                t.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
            assertThat(t.isAlive()).isFalse();
            return this;
        }

        Log done(int adder) {
            return as(CounterProblem.adder(adder), CounterProblem.DONE);
        }

        Log read(int adder, int value) {
            return as(CounterProblem.adder(adder), CounterProblem.read(value));
        }
    }

    private static Optional<Violation> check(CounterCase c, Log log) {
        return PROBLEM.check(c, log.log);
    }

    @Test
    void acceptsAdderDoneFirstReadingItsOwnAndLastReadingTheTotal() {
        assertThat(check(TWO_BY_THREE, new Log().done(1).read(1, 3).done(2).read(2, 6))).isEmpty();
        assertThat(check(TWO_BY_THREE, new Log().done(2).done(1).read(1, 6).read(2, 5))).isEmpty();
        assertThat(check(new CounterCase(1, 1), new Log().done(1).read(1, 1))).isEmpty();
    }

    @Test
    void rejectsAShortTotalCountingTheLostIncrements() {
        Optional<Violation> v = check(TWO_BY_THREE, new Log().done(1).read(1, 3).done(2).read(2, 4));
        assertThat(v).get().satisfies(x -> {
            assertThat(x.expected()).isEqualTo("6");
            assertThat(x.actual()).isEqualTo("4");
            assertThat(x.message()).startsWith("expected 6, got 4: 2 increments were lost.")
                    .contains("2 threads made 3 increments each", "two threads read the same count");
        });
        assertThat(check(TWO_BY_THREE, new Log().done(1).done(2).read(2, 5).read(1, 3))).get()
                .extracting(Violation::message).asString().startsWith("expected 6, got 5: 1 increment was lost.");
    }

    @Test
    void rejectsATotalAboveTheIncrementsMade() {
        assertThat(check(TWO_BY_THREE, new Log().done(1).read(1, 3).done(2).read(2, 7))).get()
                .extracting(Violation::message).asString().startsWith("expected 6, got 7: 1 more than the increments made");
    }

    @Test
    void rejectsAnEarlyReadMissingIncrementsThatHappenedBeforeIt() {
        Optional<Violation> v = check(new CounterCase(3, 3),
                new Log().done(1).read(1, 3).done(2).read(2, 5).done(3).read(3, 9));
        assertThat(v).get().satisfies(x -> {
            assertThat(x.expected()).isEqualTo(">= 6");
            assertThat(x.actual()).isEqualTo("adder-2: get() = 5");
            assertThat(x.message()).contains("get() on adder-2 returned 5, but 6 increments had returned",
                    "the 1 thread done before it");
        });
    }

    @Test
    void rejectsAnEarlyReadAboveEveryIncrement() {
        assertThat(check(TWO_BY_THREE, new Log().done(1).read(1, 7).done(2).read(2, 6))).get()
                .extracting(Violation::message).asString()
                .isEqualTo("get() on adder-1 returned 7, but only 6 increments are made in all");
    }

    @Test
    void rejectsARoundWhereAnAdderNeverRead() {
        assertThat(check(TWO_BY_THREE, new Log().done(1).read(1, 3).done(2))).get()
                .extracting(Violation::message).asString()
                .isEqualTo("only 1 of 2 adders finished their increments and read the count");
    }

    @Test
    void rejectsMalformedEvents() {
        assertThat(check(TWO_BY_THREE, new Log().done(1).done(1))).get().extracting(Violation::message)
                .asString().contains("adder-1 was done twice");
        assertThat(check(TWO_BY_THREE, new Log().read(1, 3))).get().extracting(Violation::message)
                .asString().contains("adder-1 recorded a get() out of its turn");
        assertThat(check(TWO_BY_THREE, new Log().as("adder-1", "hello"))).get().extracting(Violation::message)
                .asString().contains("neither done nor a get()");
    }

    @Test
    void outputIsTheTotalTheLastAdderRead() {
        assertThat(PROBLEM.output(TWO_BY_THREE, new Log().done(1).done(2).read(2, 6).read(1, 5).log)).isEqualTo("6");
    }

    @Test
    void parsesItsInputsBack() {
        assertThat(PROBLEM.parse("threads = 8, increments = 10000")).isEqualTo(new CounterCase(8, 10000));
        assertThat(PROBLEM.parse(" threads=2 ,increments= 1 ")).isEqualTo(new CounterCase(2, 1));
        for (CounterCase c : PROBLEM.cases(new java.util.Random(7))) {
            assertThat(PROBLEM.parse(c.input())).isEqualTo(c);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"threads = 0, increments = 5", "threads = 9, increments = 5", "threads = 2, increments = 0",
        "threads = 2, increments = 20001", "threads = 2", "increments = 5, threads = 2", ""})
    void rejectsBadInputWithAOneLineReason(String input) {
        assertThatThrownBy(() -> PROBLEM.parse(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(input).message().doesNotContain("\n");
    }

    @Test
    void smallCasesAreTwoAddersOfOneOrTwoIncrements() {
        assertThat(PROBLEM.smallCases()).containsExactly(new CounterCase(2, 1), new CounterCase(2, 2));
    }

    /** Runs a round's threads one after another, on threads named as registered, with no pauses. */
    private static EventLog runInTurn(Counter counter, CounterCase c) throws InterruptedException {
        EventLog log = new EventLog();
        List<String> names = new ArrayList<>();
        List<Action> bodies = new ArrayList<>();
        PROBLEM.run(counter, c, new Round() {
            @Override
            public void thread(String name, Action body) {
                names.add(name);
                bodies.add(body);
            }

            @Override
            public void emit(String token) {
                log.add(token);
            }

            @Override
            public void pause() {
            }

            @Override
            public void latency(long nanos) {
            }
        });
        for (int i = 0; i < names.size(); i++) {
            Action body = bodies.get(i);
            CountDownLatch done = new CountDownLatch(1);
            Thread t = new Thread(() -> {
                try {
                    body.run();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                } finally {
                    done.countDown();
                }
            }, names.get(i));
            t.start();
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            t.join(TimeUnit.SECONDS.toMillis(10));
        }
        return log;
    }

    static List<Class<? extends Counter>> references() {
        return PROBLEM.references();
    }

    @ParameterizedTest
    @MethodSource("references")
    void everyReferenceCountsEveryIncrementOfAdderRunInTurn(Class<? extends Counter> type) throws Exception {
        CounterCase c = new CounterCase(3, 2500);
        EventLog log = runInTurn(type.getDeclaredConstructor().newInstance(), c);
        assertThat(PROBLEM.check(c, log)).isEmpty();
        assertThat(PROBLEM.output(c, log)).isEqualTo("7500");
    }
}
