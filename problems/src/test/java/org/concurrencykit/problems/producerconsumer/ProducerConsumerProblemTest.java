package org.concurrencykit.problems.producerconsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.problems.spi.Action;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProducerConsumerProblemTest {
    private static final ProducerConsumerProblem PROBLEM = new ProducerConsumerProblem();
    /** One producer putting 1, 2, 3; two consumers; capacity 1. */
    private static final BufferCase ONE_TWO = new BufferCase(1, 2, 1, List.of(1, 2, 3), false);

    /** A log written by hand, event after event. */
    private static final class Log {
        final List<Event> events = new ArrayList<>();

        Log at(String thread, String token) {
            events.add(new Event(events.size(), thread, token, events.size()));
            return this;
        }

        Log put(String p, int item) {
            return at(p, BufferChecker.putCalled(item)).at(p, BufferChecker.putReturned(item));
        }

        Log take(String c, int result) {
            return at(c, BufferChecker.takeCalled()).at(c, BufferChecker.takeReturned(result));
        }

        Log close(String p) {
            return at(p, BufferChecker.closeCalled()).at(p, BufferChecker.closeReturned());
        }

        Optional<Violation> check(BufferCase c) {
            return BufferChecker.check(c, events);
        }
    }

    private static final String P = "producer-1";
    private static final String C1 = "consumer-1";
    private static final String C2 = "consumer-2";

    @Test
    void acceptsARoundTakenInTurnsAndClosed() {
        Log log = new Log().put(P, 1).take(C1, 1).put(P, 2).take(C2, 2).put(P, 3).close(P).take(C1, 3)
                .take(C1, -1).take(C2, -1);
        assertThat(log.check(ONE_TWO)).isEmpty();
    }

    @Test
    void acceptsATakeThatOverlapsThePutAndATakeReturningAfterAnotherConsumersMinusOne() {
        // consumer-1's take of 3 began before the close and returns after consumer-2's -1.
        Log log = new Log().at(C1, BufferChecker.takeCalled()).put(P, 1).at(C1, BufferChecker.takeReturned(1))
                .put(P, 2).take(C2, 2).at(C1, BufferChecker.takeCalled()).put(P, 3).close(P).take(C2, -1)
                .at(C1, BufferChecker.takeReturned(3)).take(C1, -1);
        assertThat(log.check(ONE_TWO)).isEmpty();
    }

    @Test
    void acceptsAPutThatReturnsWhileATakeOfTheFullBufferIsUnderway() {
        // Capacity 1: put(2) returns after put(1) returned, but a take had begun in between.
        Log log = new Log().put(P, 1).at(C1, BufferChecker.takeCalled()).put(P, 2)
                .at(C1, BufferChecker.takeReturned(1)).take(C2, 2).put(P, 3).take(C1, 3).close(P)
                .take(C1, -1).take(C2, -1);
        assertThat(log.check(ONE_TWO)).isEmpty();
    }

    @Test
    void rejectsMoreItemsThanTheCapacity() {
        Log log = new Log().put(P, 1).put(P, 2);
        assertThat(log.check(ONE_TWO)).get().satisfies(v -> assertThat(v.message())
                .contains("put(2) on producer-1 returned with at least 2 items in a buffer of capacity 1"));
    }

    @Test
    void rejectsATakeOfAnItemNotYetPut() {
        Log log = new Log().take(C1, 2);
        assertThat(log.check(ONE_TWO)).get().satisfies(v -> assertThat(v.message())
                .contains("take() on consumer-1 returned 2 before put(2) was called"));
    }

    @Test
    void rejectsAnItemTakenTwice() {
        Log log = new Log().put(P, 1).take(C1, 1).take(C2, 1);
        assertThat(log.check(ONE_TWO)).get().satisfies(v -> assertThat(v.message())
                .contains("item 1 was taken twice, by consumer-1 and again by consumer-2"));
    }

    @Test
    void rejectsAnInventedItem() {
        Log log = new Log().put(P, 1).take(C1, 9);
        assertThat(log.check(ONE_TWO)).get().satisfies(v -> assertThat(v.message())
                .contains("returned 9, which no producer puts"));
        Log negative = new Log().put(P, 1).take(C1, -2);
        assertThat(negative.check(ONE_TWO)).get().satisfies(v -> assertThat(v.message())
                .contains("returned -2, which no producer puts"));
    }

    @Test
    void rejectsMinusOneBeforeTheClose() {
        Log log = new Log().put(P, 1).take(C1, 1).take(C2, -1);
        assertThat(log.check(ONE_TWO)).get().satisfies(v -> assertThat(v.message())
                .contains("take() on consumer-2 returned -1 before close() was called"));
    }

    @Test
    void rejectsMinusOneWhileItemsAreStillInTheBuffer() {
        Log log = new Log().put(P, 1).take(C1, 1).put(P, 2).take(C1, 2).put(P, 3).close(P).take(C2, -1)
                .take(C1, 3).take(C1, -1);
        Optional<Violation> v = log.check(ONE_TWO);
        assertThat(v).get().satisfies(x -> {
            assertThat(x.message()).contains("take() on consumer-2 returned -1 while item 3 was still in the buffer");
            assertThat(x.actual()).contains("consumer-2: take() returned -1");
        });
    }

    @Test
    void rejectsItemsNeverTaken() {
        Log log = new Log().put(P, 1).take(C1, 1).put(P, 2).take(C1, 2).put(P, 3).close(P);
        assertThat(log.check(ONE_TWO)).get().satisfies(v -> {
            assertThat(v.message()).contains("item 3 was put but never taken");
            assertThat(v.actual()).isEqualTo("take() returned [1,2]");
        });
    }

    @Test
    void rejectsACallThatNeverReturnedInAFinishedLog() {
        Log log = new Log().put(P, 1).take(C1, 1).put(P, 2).take(C1, 2).put(P, 3).take(C1, 3).close(P)
                .take(C1, -1).at(C2, BufferChecker.takeCalled());
        assertThat(log.check(ONE_TWO)).get().satisfies(v -> assertThat(v.message())
                .contains("consumer-2's take() never returned"));
    }

    @Test
    void aHungRoundIsWrongOnlyForWhatItsEventsProve() {
        // A consumer stuck in take() after everything was taken: a hang, not a wrong answer.
        Log hung = new Log().put(P, 1).take(C1, 1).put(P, 2).take(C1, 2).put(P, 3).take(C1, 3).close(P)
                .at(C1, BufferChecker.takeCalled()).at(C2, BufferChecker.takeCalled());
        assertThat(BufferChecker.checkUnfinished(ONE_TWO, hung.events)).isEmpty();
        // A pending take may be the one that takes the last item: no wrong answer yet.
        Log pending = new Log().put(P, 1).take(C1, 1).put(P, 2).take(C1, 2).at(C1, BufferChecker.takeCalled())
                .put(P, 3).close(P).take(C2, -1);
        assertThat(BufferChecker.checkUnfinished(ONE_TWO, pending.events)).isEmpty();
        // But a -1 before the close is wrong whatever follows.
        Log early = new Log().put(P, 1).take(C1, 1).take(C2, -1).at(P, BufferChecker.putCalled(2));
        assertThat(BufferChecker.checkUnfinished(ONE_TWO, early.events)).get()
                .satisfies(v -> assertThat(v.message()).contains("before close() was called"));
    }

    @Test
    void rejectsAnUnknownEvent() {
        Log log = new Log().at(P, "hello");
        assertThat(log.check(ONE_TWO)).get().satisfies(v -> assertThat(v.message()).contains("\"hello\""));
    }

    @Test
    void outputListsWhatTheTakesReturned() {
        EventLog log = new EventLog();
        log.add(BufferChecker.putCalled(1));
        log.add(BufferChecker.putReturned(1));
        log.add(BufferChecker.takeCalled());
        log.add(BufferChecker.takeReturned(1));
        log.add(BufferChecker.takeCalled());
        log.add(BufferChecker.takeReturned(-1));
        assertThat(PROBLEM.output(ONE_TWO, log)).isEqualTo("take() returned [1,-1]");
    }

    @Test
    void inputsParseBackAndRunsAreSplitAmongTheProducers() {
        BufferCase c = PROBLEM.parse("producers = 2, consumers = 3, capacity = 1, items = [1..4, 9], "
                + "start = [consumers, producers]");
        assertThat(c).isEqualTo(new BufferCase(2, 3, 1, List.of(1, 2, 3, 4, 9), true));
        assertThat(c.input()).isEqualTo("producers = 2, consumers = 3, capacity = 1, items = [1..4,9], "
                + "start = [consumers,producers]");
        assertThat(c.run(0)).containsExactly(1, 2, 3);
        assertThat(c.run(1)).containsExactly(4, 9);
        for (BufferCase k : PROBLEM.cases(new Random(7))) {
            assertThat(PROBLEM.parse(k.input())).isEqualTo(k);
        }
    }

    @Test
    void badInputsAreRejectedWithAOneLineReason() {
        for (String bad : List.of("producers = 2", "producers = 0, consumers = 1, capacity = 1, items = [1]",
                "producers = 2, consumers = 1, capacity = 1, items = [1]",
                "producers = 1, consumers = 9, capacity = 1, items = [1]",
                "producers = 1, consumers = 1, capacity = 31, items = [1]",
                "producers = 1, consumers = 1, capacity = 1, items = [1,1]",
                "producers = 1, consumers = 1, capacity = 1, items = [1001]",
                "producers = 1, consumers = 1, capacity = 1, items = [1..300]",
                "producers = 1, consumers = 1, capacity = 1, items = [x]",
                "producers = 1, consumers = 1, capacity = 1, items = [1], start = [producers,producers]")) {
            assertThatThrownBy(() -> PROBLEM.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void smallCasesFitTheModelChecker() {
        for (BufferCase c : PROBLEM.smallCases()) {
            assertThat(c.producers() + c.consumers()).isLessThanOrEqualTo(8);
        }
    }

    static List<Class<? extends BoundedBuffer>> references() {
        return PROBLEM.references();
    }

    /** Runs a round on plain threads, joined with a bound: what the judge does, without its delays. */
    private static EventLog runRound(BoundedBuffer buffer, BufferCase c) throws InterruptedException {
        EventLog log = new EventLog();
        List<Thread> threads = new ArrayList<>();
        List<Throwable> thrown = new ArrayList<>();
        PROBLEM.run(buffer, c, new Round() {
            @Override
            public void thread(String name, Action body) {
                threads.add(new Thread(() -> {
                    try {
                        body.run();
                    } catch (Throwable t) {
                        synchronized (thrown) {
                            thrown.add(t);
                        }
                    }
                }, name));
            }

            @Override
            public void emit(String token) {
                log.add(token);
            }

            @Override
            public void pause() {
                Thread.yield();
            }

            @Override
            public void latency(long nanos) {
            }
        });
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(t.isAlive()).as(t.getName() + " ended").isFalse();
        }
        assertThat(thrown).isEmpty();
        return log;
    }

    @ParameterizedTest
    @MethodSource("references")
    void everyReferencePassesEveryExample(Class<? extends BoundedBuffer> type) throws Exception {
        for (BufferCase c : PROBLEM.examples()) {
            BoundedBuffer buffer = type.getConstructor(int.class).newInstance(c.capacity());
            EventLog log = runRound(buffer, c);
            assertThat(PROBLEM.check(c, log)).as(type.getSimpleName() + " on " + c.input()).isEmpty();
        }
    }
}
