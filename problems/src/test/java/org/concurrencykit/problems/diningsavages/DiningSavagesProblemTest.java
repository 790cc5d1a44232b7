package org.concurrencykit.problems.diningsavages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;

class DiningSavagesProblemTest {
    private static final DiningSavagesProblem PROBLEM = new DiningSavagesProblem();
    /** Two servings a refill, two refills, two savages eating two each. */
    private static final Feast FEAST = PROBLEM.parse("servings = 2, refills = 2, meals = [2,2]");

    /** A log written by hand. */
    private static final class Log {
        final List<Event> events = new ArrayList<>();

        Log refill() {
            events.add(new Event(events.size(), FeastCheck.COOK, FeastCheck.REFILL, events.size()));
            return this;
        }

        Log take(int savage) {
            events.add(new Event(events.size(), FeastCheck.savage(savage), FeastCheck.TAKE, events.size()));
            return this;
        }
    }

    private static String message(Log log) {
        return FeastCheck.check(FEAST, log.events).map(Violation::message).orElse(null);
    }

    @Test
    void acceptsAFeastWhereEachRefillFindsTheEmptyPot() {
        Log log = new Log().refill().take(1).take(2).refill().take(2).take(1);
        assertThat(FeastCheck.check(FEAST, log.events)).isEmpty();
    }

    @Test
    void rejectsARefillOfAPotThatStillHoldsServings() {
        Log log = new Log().refill().take(1).refill().take(2).take(2).take(1);
        assertThat(message(log)).contains("output #3", "refilled the pot while it still held 1 serving");
        assertThat(FeastCheck.checkUnfinished(FEAST, log.events.subList(0, 3))).as("wrong whatever follows")
                .isPresent();
    }

    @Test
    void rejectsAServingTakenFromAnEmptyPot() {
        Log log = new Log().refill().take(1).take(2).take(1).refill().take(2);
        assertThat(message(log)).contains("output #4", "savage-1 took a serving from an empty pot",
                "1 of 2 refills so far");
    }

    @Test
    void rejectsAServingTakenBeforeTheFirstRefill() {
        Log log = new Log().take(1).refill();
        assertThat(message(log)).contains("output #1", "from an empty pot");
    }

    @Test
    void rejectsASavageWhoEatsMoreThanHisMeals() {
        Log log = new Log().refill().take(1).take(1).refill().take(1);
        assertThat(message(log)).contains("output #5", "savage-1 took serving 3, but he eats only 2 meals");
    }

    @Test
    void rejectsAFeastWithAMissingRefillOrMeal() {
        assertThat(message(new Log().refill().take(1).take(2))).contains("refilled the pot 1 times",
                "2 calls of cook(...) returned");
        assertThat(message(new Log().refill().take(1).take(2).refill().take(2)))
                .contains("savage-1 took 1 servings in his 2 calls");
        assertThat(FeastCheck.checkUnfinished(FEAST, new Log().refill().take(1).events))
                .as("a hang, for the judge to report").isEmpty();
    }

    @Test
    void rejectsATakeOnAThreadThatIsNotASavage() {
        Log log = new Log().refill();
        log.events.add(new Event(1, FeastCheck.COOK, FeastCheck.TAKE, 1));
        assertThat(message(log)).contains("takeServing ran on thread cook");
    }

    @Test
    void theStoryShowsWhatThePotHolds() {
        String story = PROBLEM.output(FEAST, logOf(new Log().refill().take(2)));
        assertThat(story).isEqualTo("cook refills the pot (2 servings in it)\nsavage-2 takes a serving (1 serving left)");
    }

    private static org.concurrencykit.problems.spi.EventLog logOf(Log log) {
        org.concurrencykit.problems.spi.EventLog l = new org.concurrencykit.problems.spi.EventLog();
        Thread[] ts = new Thread[log.events.size()];
        for (int i = 0; i < ts.length; i++) {
            Event e = log.events.get(i);
            ts[i] = new Thread(() -> l.add(e.token()), e.thread());
            ts[i].start();
            try {
                ts[i].join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException x) {
                throw new AssertionError(x);
            }
        }
        return l;
    }

    @Test
    void casesStartWithTheExamplesStayWithinTheConstraintsAndParseBack() {
        List<Feast> cases = PROBLEM.cases(new Random(7));
        assertThat(cases.subList(0, 2)).isEqualTo(PROBLEM.examples());
        assertThat(cases).hasSizeGreaterThan(12).allSatisfy(c -> {
            assertThat(c.totalMeals()).isEqualTo(c.servings() * c.refills());
            assertThat(PROBLEM.parse(c.input())).isEqualTo(c);
        });
        assertThat(cases).anyMatch(Feast::cookFirst).anyMatch(c -> !c.cookFirst()).anyMatch(c -> c.savages() == 1)
                .anyMatch(c -> c.savages() == Feast.MAX_SAVAGES);
        assertThat(PROBLEM.smallCases()).allSatisfy(c -> assertThat(c.savages() + 1).isLessThanOrEqualTo(8));
        assertThat(PROBLEM.parse(" servings=3 , refills=2, meals=[ 4, 2 ], start=[cook,savages] "))
                .isEqualTo(new Feast(3, 2, List.of(4, 2), true));
    }

    @Test
    void badInputIsOneLineWithTheReason() {
        assertThatThrownBy(() -> PROBLEM.parse("servings = 2, refills = 3, meals = [2,2]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("add up to servings * refills = 6")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> PROBLEM.parse("servings = 9, refills = 1, meals = [9]"))
                .hasMessageContaining("servings must be in 1..4");
        assertThatThrownBy(() -> PROBLEM.parse("servings = 1, refills = 2, meals = [2,0]"))
                .hasMessageContaining("at least one meal");
        assertThatThrownBy(() -> PROBLEM.parse("servings = 1, refills = 1, meals = [1], start = [cook,cook]"))
                .hasMessageStartingWith("expected an input like");
        assertThatThrownBy(() -> PROBLEM.parse("nums = [1]")).hasMessageStartingWith("expected an input like");
    }

    /** Every reference, run by plain threads: the right number of servings taken and refills made. */
    @Test
    void everyReferenceFeedsTheTribe() throws Exception {
        for (Class<? extends Pot> type : PROBLEM.references()) {
            Pot pot = type.getConstructor(int.class).newInstance(3);
            AtomicInteger inPot = new AtomicInteger();
            AtomicInteger wrong = new AtomicInteger();
            CountDownLatch done = new CountDownLatch(4);
            List<Thread> threads = new ArrayList<>();
            threads.add(new Thread(() -> run(done, () -> {
                for (int i = 0; i < 4; i++) {
                    pot.cook(() -> {
                        if (inPot.getAndSet(3) != 0) {
                            wrong.incrementAndGet();
                        }
                    });
                }
            })));
            for (int s = 0; s < 3; s++) {
                threads.add(new Thread(() -> run(done, () -> {
                    for (int i = 0; i < 4; i++) {
                        pot.getServing(() -> {
                            if (inPot.getAndDecrement() <= 0) {
                                wrong.incrementAndGet();
                            }
                        });
                    }
                })));
            }
            threads.forEach(Thread::start);
            assertThat(done.await(10, TimeUnit.SECONDS)).as(type.getSimpleName() + " finished").isTrue();
            for (Thread t : threads) {
                t.join(TimeUnit.SECONDS.toMillis(10));
            }
            assertThat(wrong.get()).as(type.getSimpleName()).isZero();
            assertThat(inPot.get()).as(type.getSimpleName()).isZero();
        }
    }

    private interface Body {
        void run() throws InterruptedException;
    }

    private static void run(CountDownLatch done, Body body) {
        try {
            body.run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            done.countDown();
        }
    }
}
