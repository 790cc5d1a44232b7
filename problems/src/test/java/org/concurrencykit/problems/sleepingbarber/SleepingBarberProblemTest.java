package org.concurrencykit.problems.sleepingbarber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;

class SleepingBarberProblemTest {
    private static final SleepingBarberProblem PROBLEM = new SleepingBarberProblem();
    private static final Visit ONE_CHAIR = new Visit(1, 3, false);

    /** A log written by hand, one event after another. */
    private static final class Log {
        final List<Event> events = new ArrayList<>();

        Log c(int customer, String token) {
            events.add(new Event(events.size(), ShopCheck.customer(customer), token, events.size()));
            return this;
        }

        Log cut() {
            events.add(new Event(events.size(), ShopCheck.BARBER, ShopCheck.CUT, events.size()));
            return this;
        }

        Log closes() {
            events.add(new Event(events.size(), ShopCheck.BARBER, ShopCheck.CLOSES, events.size()));
            return this;
        }

        /** Customer c's whole visit, nobody else in the shop: enters, sits, cut, haircut, leaves. */
        Log alone(int customer) {
            return c(customer, ShopCheck.ENTERS).c(customer, ShopCheck.SITS).cut().c(customer, ShopCheck.HAIRCUT)
                    .c(customer, ShopCheck.LEAVES);
        }

        Optional<Violation> check(Visit visit) {
            return ShopCheck.check(visit, events);
        }

        Optional<Violation> checkUnfinished(Visit visit) {
            return ShopCheck.checkUnfinished(visit, events);
        }
    }

    /** The statement's Example 1: customer 3 turned away while customer 2 waits and 1 is served. */
    private static Log exampleDay() {
        return new Log().c(1, ShopCheck.ENTERS).c(1, ShopCheck.SITS).cut().c(1, ShopCheck.HAIRCUT)
                .c(2, ShopCheck.ENTERS).c(2, ShopCheck.SITS).c(3, ShopCheck.ENTERS).c(3, ShopCheck.BALKS)
                .c(1, ShopCheck.LEAVES).c(2, ShopCheck.HAIRCUT).cut().c(2, ShopCheck.LEAVES).closes();
    }

    @Test
    void acceptsTheStatementsExampleDay() {
        assertThat(exampleDay().check(ONE_CHAIR)).isEmpty();
    }

    @Test
    void acceptsCustomersServedOneAfterAnotherWithTheHalvesOfAHaircutInEitherOrder() {
        Log log = new Log().alone(1).c(2, ShopCheck.ENTERS).c(2, ShopCheck.SITS).c(2, ShopCheck.HAIRCUT).cut()
                .c(2, ShopCheck.LEAVES).alone(3).closes();
        assertThat(log.check(ONE_CHAIR)).isEmpty();
    }

    @Test
    void acceptsOneCustomerMoreThanChairsBetweenHaircutsTheOneJustCalled() {
        // 1 sits and is called (no event shows the call); 2 takes the freed chair before 1's haircut begins.
        Log log = new Log().c(1, ShopCheck.ENTERS).c(1, ShopCheck.SITS).c(2, ShopCheck.ENTERS).c(2, ShopCheck.SITS)
                .cut().c(1, ShopCheck.HAIRCUT).c(1, ShopCheck.LEAVES).c(2, ShopCheck.HAIRCUT).cut()
                .c(2, ShopCheck.LEAVES).c(3, ShopCheck.ENTERS).c(3, ShopCheck.SITS).cut().c(3, ShopCheck.HAIRCUT)
                .c(3, ShopCheck.LEAVES).closes();
        assertThat(log.check(ONE_CHAIR)).isEmpty();
    }

    @Test
    void rejectsMoreCustomersWaitingThanChairsDuringAHaircut() {
        Log log = new Log().c(1, ShopCheck.ENTERS).c(1, ShopCheck.SITS).c(1, ShopCheck.HAIRCUT)
                .c(2, ShopCheck.ENTERS).c(3, ShopCheck.ENTERS).c(2, ShopCheck.SITS).c(3, ShopCheck.SITS);
        assertThat(log.checkUnfinished(ONE_CHAIR)).get().extracting(Violation::message).asString()
                .contains("2 customers were waiting at once (customer-2, customer-3) with only 1 waiting chair");
    }

    @Test
    void rejectsTwoMoreThanChairsBetweenHaircuts() {
        Log log = new Log().c(1, ShopCheck.ENTERS).c(2, ShopCheck.ENTERS).c(3, ShopCheck.ENTERS)
                .c(1, ShopCheck.SITS).c(2, ShopCheck.SITS).c(3, ShopCheck.SITS);
        assertThat(log.checkUnfinished(ONE_CHAIR)).get().extracting(Violation::message).asString()
                .contains("3 customers were waiting at once").contains("just called");
    }

    @Test
    void rejectsACustomerTurnedAwayWhileAChairWasFree() {
        Log log = new Log().alone(1).c(2, ShopCheck.ENTERS).c(2, ShopCheck.BALKS).alone(3).closes();
        assertThat(log.check(ONE_CHAIR)).get().extracting(Violation::message).asString()
                .contains("customer-2 was turned away (outputs #6 to #7) although fewer than 1 customers were waiting");
    }

    @Test
    void countsACustomerWhoEnteredEarlierAndSatLaterAsMaybeWaiting() {
        // 2 may have taken the chair before 3 looked, and sat down (recorded it) only after.
        Log log = new Log().alone(1).c(2, ShopCheck.ENTERS).c(3, ShopCheck.ENTERS).c(3, ShopCheck.BALKS)
                .c(2, ShopCheck.SITS).cut().c(2, ShopCheck.HAIRCUT).c(2, ShopCheck.LEAVES).closes();
        assertThat(log.check(ONE_CHAIR)).isEmpty();
    }

    @Test
    void rejectsACustomerWhoLeavesBeforeTheBarbersCut() {
        Log log = new Log().c(1, ShopCheck.ENTERS).c(1, ShopCheck.SITS).c(1, ShopCheck.HAIRCUT)
                .c(1, ShopCheck.LEAVES).cut();
        assertThat(log.check(ONE_CHAIR)).get().extracting(Violation::message).asString()
                .isEqualTo("customer-1 left (output #4) before the barber cut his hair: the haircut (output #3) "
                        + "needs the barber's cut before the customer goes");
    }

    @Test
    void rejectsACutWithNobodyThereEvenInADayThatHung() {
        Log log = new Log().alone(1).cut();
        Optional<Violation> v = log.checkUnfinished(ONE_CHAIR);
        assertThat(v).get().extracting(Violation::message).asString()
                .contains("the barber cut hair (output #6) while no customer was there");
        assertThat(v.get().actual()).contains("customer-1 sits down").endsWith("barber cuts hair");
    }

    @Test
    void letsAnyWaitingCustomerAnswerTheCallEvenOneWhoSatDownAfterTheCutBegan() {
        // The barber calls with 1 waiting and starts cutting; 2 sits down and answers before 1 wakes up.
        Log log = new Log().c(1, ShopCheck.ENTERS).c(1, ShopCheck.SITS).cut().c(2, ShopCheck.ENTERS)
                .c(2, ShopCheck.SITS).c(2, ShopCheck.HAIRCUT).c(2, ShopCheck.LEAVES).cut().c(1, ShopCheck.HAIRCUT)
                .c(1, ShopCheck.LEAVES).closes();
        assertThat(log.check(new Visit(1, 2, false))).isEmpty();
    }

    @Test
    void rejectsTwoCutsInOneHaircutAndTwoCustomersInTheChair() {
        Log twoCuts = new Log().c(1, ShopCheck.ENTERS).c(1, ShopCheck.SITS).c(2, ShopCheck.ENTERS)
                .c(2, ShopCheck.SITS).cut().cut();
        assertThat(twoCuts.checkUnfinished(ONE_CHAIR)).get().extracting(Violation::message).asString()
                .contains("the barber cut hair twice (outputs #5 and #6) in one haircut");
        Log twoInChair = new Log().c(1, ShopCheck.ENTERS).c(1, ShopCheck.SITS).c(2, ShopCheck.ENTERS)
                .c(2, ShopCheck.SITS).c(1, ShopCheck.HAIRCUT).c(2, ShopCheck.HAIRCUT);
        assertThat(twoInChair.checkUnfinished(ONE_CHAIR)).get().extracting(Violation::message).asString()
                .contains("customer-2 got a haircut (output #6) while customer-1 was still in the barber's chair");
    }

    @Test
    void rejectsAHaircutWithoutSittingDownAndABalkAfterSitting() {
        Log noSit = new Log().c(1, ShopCheck.ENTERS).c(1, ShopCheck.HAIRCUT);
        assertThat(noSit.checkUnfinished(ONE_CHAIR)).get().extracting(Violation::message).asString()
                .contains("customer-1 got a haircut (output #2) without sitting down first");
        Log balkAfterSit = new Log().c(1, ShopCheck.ENTERS).c(1, ShopCheck.SITS).c(1, ShopCheck.BALKS);
        assertThat(balkAfterSit.checkUnfinished(ONE_CHAIR)).get().extracting(Violation::message).asString()
                .contains("customer-1 sat down (output #2), then enter returned false (output #3)");
    }

    @Test
    void rejectsAServedCustomerWithoutAHaircutAndAHaircutNobodyCut() {
        Log noHaircut = new Log().c(1, ShopCheck.ENTERS).c(1, ShopCheck.SITS).c(1, ShopCheck.LEAVES);
        assertThat(noHaircut.checkUnfinished(ONE_CHAIR)).get().extracting(Violation::message).asString()
                .contains("customer-1's enter returned true (output #3) but he never got a haircut");
        Log uncut = new Log().c(1, ShopCheck.ENTERS).c(1, ShopCheck.SITS).c(1, ShopCheck.HAIRCUT).closes();
        assertThat(uncut.check(new Visit(1, 1, false))).get().extracting(Violation::message).asString()
                .contains("customer-1 got a haircut (output #3) that the barber never gave");
    }

    @Test
    void rejectsABarberWhoGoesHomeWhileSomeoneWaits() {
        Log log = new Log().alone(1).c(2, ShopCheck.ENTERS).c(2, ShopCheck.SITS).closes();
        assertThat(log.checkUnfinished(ONE_CHAIR)).get().extracting(Violation::message).asString()
                .contains("the barber went home (output #8) while customer-2 was still waiting");
    }

    @Test
    void aDayThatHungWithoutBreakingARuleIsNotAWrongAnswer() {
        Log log = new Log().alone(1).c(2, ShopCheck.ENTERS).c(2, ShopCheck.SITS);
        assertThat(log.checkUnfinished(ONE_CHAIR)).isEmpty();
        assertThat(log.check(ONE_CHAIR)).isPresent();
    }

    @Test
    void parsesWhatInputPrintsAndTheExamples() {
        Random random = new Random(7);
        for (Visit v : PROBLEM.cases(random)) {
            assertThat(PROBLEM.parse(v.input())).isEqualTo(v);
        }
        assertThat(PROBLEM.examples()).hasSize(2);
        assertThat(PROBLEM.examples().get(0).input()).isEqualTo("chairs = 1, customers = 3");
        assertThat(PROBLEM.parse(" chairs=2 , customers=5, start=[customers, barber] "))
                .isEqualTo(new Visit(2, 5, true));
        assertThat(PROBLEM.smallCases()).allMatch(v -> v.customers() + 1 <= 8);
    }

    @Test
    void rejectsBadInputWithAOneLineReason() {
        assertThatThrownBy(() -> PROBLEM.parse("chairs = 0, customers = 3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("chairs must be in 1..5")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> PROBLEM.parse("chairs = 1, customers = 13"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("customers must be in 1..12");
        assertThatThrownBy(() -> PROBLEM.parse("customers = 3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected an input like");
        assertThatThrownBy(() -> PROBLEM.parse("chairs = 1, customers = 3, start = [barber,barber]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected an input like");
    }

    @Test
    void theStoryTellsTheDayOneEventALine() {
        assertThat(ShopCheck.story(exampleDay().events)).startsWith("customer-1 enters\ncustomer-1 sits down\n"
                + "barber cuts hair\ncustomer-1 gets a haircut\n").endsWith("barber goes home")
                .contains("customer-3 leaves without a haircut (no free chair)");
    }
}
