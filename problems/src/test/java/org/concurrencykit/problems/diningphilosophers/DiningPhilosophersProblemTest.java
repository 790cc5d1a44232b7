package org.concurrencykit.problems.diningphilosophers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concurrencykit.problems.spi.Action;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DiningPhilosophersProblemTest {
    private static final DiningPhilosophersProblem PROBLEM = new DiningPhilosophersProblem();
    private static final long JOIN_MILLIS = 10_000;
    private static final Pattern ACTION = Pattern.compile("(?:([\\w-]+):)?(\\[(\\d),\\d,\\d])");

    /** The statement's example output. */
    private static final String EXAMPLE = "[[0,1,1],[0,2,1],[2,1,1],[2,2,1],[0,0,3],[2,0,3],[0,1,2],[0,2,2],[2,2,2],"
            + "[2,1,2],[1,1,1],[1,2,1],[1,0,3],[3,1,1],[3,2,1],[3,0,3],[1,2,2],[1,1,2],[3,1,2],[3,2,2],[4,2,1],"
            + "[4,1,1],[4,0,3],[4,1,2],[4,2,2]]";

    /**
     * A log of the actions in {@code text}, each appended from a real thread: the acting
     * philosopher's own, or the one named before a colon ({@code worker:[0,1,1]}).
     */
    private static EventLog log(String text) throws InterruptedException {
        EventLog log = new EventLog();
        Matcher m = ACTION.matcher(text);
        while (m.find()) {
            String token = m.group(2);
            String thread = m.group(1) != null ? m.group(1) : "philosopher-" + m.group(3);
            Thread t = new Thread(() -> log.add(token), thread);
            t.start();
            t.join(JOIN_MILLIS);
            assertThat(t.isAlive()).isFalse();
        }
        return log;
    }

    private static Optional<Violation> check(int n, String text) throws InterruptedException {
        return PROBLEM.check(new Dinner(n), log(text));
    }

    /** Philosophers 2, 3 and 4 each eat once, one after the other, with nobody else at the table. */
    private static final String OTHERS_EAT = "[2,1,1],[2,2,1],[2,0,3],[2,1,2],[2,2,2],"
            + "[3,1,1],[3,2,1],[3,0,3],[3,1,2],[3,2,2],[4,1,1],[4,2,1],[4,0,3],[4,1,2],[4,2,2]";

    @Test
    void acceptsTheStatementsExample() throws InterruptedException {
        Optional<Violation> v = check(1, EXAMPLE);
        assertThat(v).isEmpty();
        assertThat(PROBLEM.output(new Dinner(1), log(EXAMPLE))).as("what judge run shows").isEqualTo(EXAMPLE);
    }

    @Test
    void acceptsALogThatIsCorrectOnlyWithTheMirrorNumbering() throws InterruptedException {
        // With left fork i, philosophers 0 and 1 hold fork 1 at once; with left fork (i + 1) % 5 they do not.
        String mirror = "[1,1,1],[0,2,1],[1,2,1],[1,0,3],[1,1,2],[1,2,2],[0,1,1],[0,0,3],[0,1,2],[0,2,2]," + OTHERS_EAT;
        assertThat(check(1, mirror)).isEmpty();
    }

    @Test
    void rejectsAForkInTwoHandsUnderBothNumberings() throws InterruptedException {
        String log = "[0,1,1],[0,2,1],[1,1,1],[1,2,1],[0,0,3],[1,0,3],[0,1,2],[0,2,2],[1,1,2],[1,2,2]," + OTHERS_EAT;
        Optional<Violation> v = check(1, log);
        assertThat(v).isPresent();
        assertThat(v.get().expected()).isEqualTo(DiningCheck.RULE);
        assertThat(v.get().actual()).isEqualTo("[" + log + "]");
        assertThat(v.get().message()).isEqualTo("action #3 [1,1,1] (philosopher 1 picks up its left fork, fork 1): "
                + "philosopher 0 has held that fork since action #2 [0,2,1] and has not put it down (numbering the "
                + "forks the other way round, left fork (i + 1) % 5, does not make this log valid either)");
    }

    @Test
    void rejectsEatingWithoutBothForksAndPuttingThemDownBeforeEating() throws InterruptedException {
        assertThat(check(1, "[0,1,1],[0,0,3],[0,2,1],[0,1,2],[0,2,2],[1,1,1]")).get().extracting(Violation::message)
                .isEqualTo("action #2 [0,0,3] (philosopher 0 eats): it does not hold its right fork (fork 1); "
                        + "a philosopher eats only with both forks in hand");
        assertThat(check(1, "[1,1,1],[1,2,1],[1,1,2]")).get().extracting(Violation::message)
                .isEqualTo("action #3 [1,1,2] (philosopher 1 puts down its left fork, fork 1): it has not eaten since "
                        + "picking that fork up at action #1; the forks go down only after the meal");
    }

    @Test
    void rejectsTwoMealsWithoutPuttingTheForksDown() throws InterruptedException {
        assertThat(check(2, "[0,1,1],[0,2,1],[0,0,3],[0,0,3]")).get().extracting(Violation::message)
                .isEqualTo("action #4 [0,0,3] (philosopher 0 eats): it has not put its forks down since its meal at "
                        + "action #3; every meal needs its own pick-up and put-down");
        assertThat(check(2, "[0,1,1],[0,2,1],[0,0,3],[0,1,2],[0,1,1]")).get().extracting(Violation::message)
                .isEqualTo("action #5 [0,1,1] (philosopher 0 picks up its left fork, fork 0): it has not yet put down "
                        + "both forks after its meal at action #3; a meal ends with both forks put down");
    }

    @Test
    void rejectsPickingUpAForkAlreadyInHandAndPuttingDownOneNotInHand() throws InterruptedException {
        assertThat(check(1, "[0,1,1],[0,1,1]")).get().extracting(Violation::message)
                .isEqualTo("action #2 [0,1,1] (philosopher 0 picks up its left fork, fork 0): it already holds that "
                        + "fork, since action #1");
        assertThat(check(1, "[0,1,2]")).get().extracting(Violation::message)
                .isEqualTo("action #1 [0,1,2] (philosopher 0 puts down its left fork, fork 0): it does not hold that "
                        + "fork; a philosopher puts down only a fork it picked up");
    }

    @Test
    void rejectsAnActionRunOnAnotherThread() throws InterruptedException {
        assertThat(check(1, "[0,1,1],philosopher-1:[0,2,1]")).get().extracting(Violation::message)
                .isEqualTo("action #2 [0,2,1] (philosopher 0 picks up its right fork, fork 1): it ran on thread "
                        + "philosopher-1; a philosopher's callbacks must run on its own thread, philosopher-0");
    }

    @Test
    void rejectsTheWrongNumberOfMeals() throws InterruptedException {
        String once = "[0,1,1],[0,2,1],[0,0,3],[0,1,2],[0,2,2],[1,1,1],[1,2,1],[1,0,3],[1,1,2],[1,2,2],";
        assertThat(check(1, once + once + OTHERS_EAT)).get().extracting(Violation::message)
                .isEqualTo("action #13 [0,0,3] (philosopher 0 eats): that is meal 2, but each philosopher eats "
                        + "exactly n = 1 times");
        assertThat(check(2, once + once + OTHERS_EAT)).get().extracting(Violation::message)
                .isEqualTo("philosopher 2 ate 1 time; each philosopher eats exactly n = 2 times");
    }

    @Test
    void rejectsAForkStillHeldAtTheEnd() throws InterruptedException {
        String log = "[0,1,1],[0,2,1],[0,0,3],[0,1,2],[1,1,1],[1,2,1],[1,0,3],[1,1,2],[1,2,2]," + OTHERS_EAT;
        assertThat(check(1, log)).get().extracting(Violation::message).asString()
                .startsWith("action #5 [1,1,1] (philosopher 1 picks up its left fork, fork 1): philosopher 0 has held");
        log = "[1,1,1],[1,2,1],[1,0,3],[1,1,2],[1,2,2],[0,1,1],[0,2,1],[0,0,3],[0,1,2]," + OTHERS_EAT;
        assertThat(check(1, log)).get().extracting(Violation::message)
                .isEqualTo("philosopher 0 still holds its right fork (fork 1) at the end, picked up at action #7 and "
                        + "never put down");
    }

    @Test
    void parsesInputsWithAndWithoutAStartOrder() {
        assertThat(PROBLEM.parse("n = 1")).isEqualTo(new Dinner(1));
        assertThat(PROBLEM.parse("n = 3, start = [4,3,2,1,0]")).isEqualTo(new Dinner(3, List.of(4, 3, 2, 1, 0)));
        assertThat(new Dinner(3, List.of(4, 3, 2, 1, 0)).input()).isEqualTo("n = 3, start = [4,3,2,1,0]");
        assertThatThrownBy(() -> PROBLEM.parse("n = 61")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PROBLEM.parse("n = 2, start = [0,0,1,2,3]")).isInstanceOf(IllegalArgumentException.class);
    }

    static List<Class<? extends Philosophers>> references() {
        return PROBLEM.references();
    }

    @ParameterizedTest
    @MethodSource("references")
    void everyPhilosopherEatsNTimesWithoutSharingAFork(Class<? extends Philosophers> type) throws Exception {
        for (Dinner dinner : PROBLEM.cases(new Random(7))) {
            PlainRound round = new PlainRound();
            PROBLEM.run(type.getConstructor().newInstance(), dinner, round);
            round.runAll();
            assertThat(PROBLEM.check(dinner, round.log)).as("%s on %s", type.getSimpleName(), dinner.input()).isEmpty();
        }
    }

    /** Runs a round's threads with yields as the only delays; every join bounded. */
    private static final class PlainRound implements Round {
        final EventLog log = new EventLog();
        private final List<Thread> threads = new ArrayList<>();
        private final AtomicReference<Throwable> thrown = new AtomicReference<>();

        @Override
        public void thread(String name, Action body) {
            threads.add(new Thread(() -> {
                try {
                    body.run();
                } catch (Throwable e) {
                    thrown.compareAndSet(null, e);
                }
            }, name));
        }

        @Override
        public void emit(String token) {
            log.add(token);
        }

        @Override
        public void pause() {
            if (ThreadLocalRandom.current().nextBoolean()) {
                Thread.yield();
            }
        }

        @Override
        public void latency(long nanos) {
            throw new UnsupportedOperationException();
        }

        void runAll() throws InterruptedException {
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join(JOIN_MILLIS);
                assertThat(t.isAlive()).as("thread %s still running", t.getName()).isFalse();
            }
            assertThat(thrown.get()).isNull();
        }
    }
}
