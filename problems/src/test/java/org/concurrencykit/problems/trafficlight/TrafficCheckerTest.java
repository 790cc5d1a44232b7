package org.concurrencykit.problems.trafficlight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concurrencykit.problems.trafficlight.TrafficChecker.crossed;
import static org.concurrencykit.problems.trafficlight.TrafficChecker.crossing;
import static org.concurrencykit.problems.trafficlight.TrafficChecker.green;

import java.util.List;
import java.util.Optional;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;

/** The traffic light checker on hand-built logs: each rule, with the message a learner gets. */
class TrafficCheckerTest {
    private static final int A = 1;
    private static final int B = 2;
    /** Example 1: cars 1, 3, 5 on road A, cars 2, 4 on road B. */
    private static final CarsCase EXAMPLE = new CarsCase(List.of(1, 3, 5, 2, 4), List.of(2, 1, 2, 4, 3),
            List.of(10, 20, 30, 40, 50));
    /** Car 1 on road A, car 2 on road B. */
    private static final CarsCase TWO = new CarsCase(List.of(1, 2), List.of(1, 3), List.of(0, 0));

    /** One event: the thread that records it and its token. */
    private record Step(String thread, String token) {
    }

    /** An event recorded on car {@code car}'s own thread. */
    private static Step by(int car, String token) {
        return new Step(TrafficChecker.thread(car), token);
    }

    /** A log whose events are recorded, in order, by real threads of the given names. */
    private static EventLog log(Step... steps) throws InterruptedException {
        EventLog log = new EventLog();
        for (Step s : steps) {
            Thread t = new Thread(() -> log.add(s.token()), s.thread());
            t.start();
            t.join(10_000);
            assertThat(t.isAlive()).isFalse();
        }
        return log;
    }

    private static String message(Optional<Violation> v) {
        assertThat(v).isPresent();
        return v.get().message();
    }

    @Test
    void acceptsTheFirstExampleInArrivalOrder() throws InterruptedException {
        EventLog log = log(by(1, crossing(1, A)), by(1, crossed(1)), by(3, crossing(3, A)), by(3, crossed(3)),
                by(5, crossing(5, A)), by(5, crossed(5)), by(2, green(2, B)), by(2, crossing(2, B)), by(2, crossed(2)),
                by(4, crossing(4, B)), by(4, crossed(4)));
        assertThat(TrafficChecker.check(EXAMPLE, log)).isEmpty();
    }

    @Test
    void acceptsCarsOfOneRoadCrossingTogether() throws InterruptedException {
        EventLog log = log(by(1, crossing(1, A)), by(3, crossing(3, A)), by(1, crossed(1)), by(5, crossing(5, A)),
                by(3, crossed(3)), by(5, crossed(5)), by(4, green(4, B)), by(4, crossing(4, B)), by(2, crossing(2, B)),
                by(2, crossed(2)), by(4, crossed(4)));
        assertThat(TrafficChecker.check(EXAMPLE, log)).isEmpty();
    }

    @Test
    void rejectsTurningTheGreenRoadGreen() throws InterruptedException {
        Optional<Violation> v = TrafficChecker.check(TWO, log(by(1, green(1, A))));
        assertThat(message(v)).isEqualTo("car 1 turned road A green, but road A was already green; call turnGreen "
                + "only when your road is red");
        assertThat(v.get().expected()).isEqualTo("each of cars [1,2] crosses once, on its own thread, only while its "
                + "road is green");
        assertThat(v.get().actual()).isEqualTo("car 1 turns A green");
    }

    @Test
    void rejectsCrossingOnRed() throws InterruptedException {
        assertThat(message(TrafficChecker.check(TWO, log(by(2, crossing(2, B))))))
                .isEqualTo("car 2 began crossing road B while road A was green; a car crosses only on green, turning "
                        + "its road green first if it is red");
    }

    @Test
    void rejectsRoadsCrossingAtOnce() throws InterruptedException {
        CarsCase three = new CarsCase(List.of(1, 2, 3), List.of(1, 3, 2), List.of(0, 0, 0));
        EventLog log = log(by(2, green(2, B)), by(2, crossing(2, B)), by(3, crossing(3, A)));
        assertThat(message(TrafficChecker.check(three, log)))
                .isEqualTo("car 3 began crossing road A while road B was green (car 2 of road B was still crossing); "
                        + "a car crosses only on green, turning its road green first if it is red");
    }

    @Test
    void rejectsSwitchingTheLightUnderACrossingCar() throws InterruptedException {
        Optional<Violation> v = TrafficChecker.check(TWO, log(by(1, crossing(1, A)), by(2, green(2, B))));
        assertThat(message(v)).isEqualTo("car 2 turned road B green while car 1 was still crossing road A; the light "
                + "may change only when no car is crossing");
        assertThat(v.get().actual()).isEqualTo("[car 1 crosses A car 2 turns B green");
    }

    @Test
    void rejectsACallbackRunOnAnotherCarsThread() throws InterruptedException {
        Optional<Violation> v = TrafficChecker.check(TWO, log(by(1, crossing(1, A)), by(1, crossed(1)),
                by(1, green(2, B))));
        assertThat(message(v)).isEqualTo("car 2's turnGreen ran on thread car-1; only car 2's own thread may run it");
        assertThat(v.get().actual()).isEqualTo("[car 1 crosses A car 1 crossed] car 2 turns B green (on thread car-1)");
        assertThat(message(TrafficChecker.check(TWO, log(new Step("controller", crossing(1, A))))))
                .isEqualTo("car 1's crossCar ran on thread controller; only car 1's own thread may run it");
    }

    @Test
    void rejectsACarThatNeverCrossed() throws InterruptedException {
        Optional<Violation> v = TrafficChecker.check(TWO, log(by(1, crossing(1, A)), by(1, crossed(1))));
        assertThat(message(v)).isEqualTo("car 2 never crossed: every car must run crossCar exactly once");
        assertThat(v.get().actual()).isEqualTo("crossed: [1]");
    }

    @Test
    void rejectsACarCrossingTwice() throws InterruptedException {
        EventLog log = log(by(1, crossing(1, A)), by(1, crossed(1)), by(1, crossing(1, A)));
        assertThat(message(TrafficChecker.check(TWO, log))).isEqualTo("car 1 crossed twice");
    }

    @Test
    void rejectsTurnGreenAfterCrossingOrTwice() throws InterruptedException {
        EventLog late = log(by(1, crossing(1, A)), by(1, crossed(1)), by(2, green(2, B)), by(2, crossing(2, B)),
                by(2, crossed(2)), by(1, green(1, A)));
        assertThat(message(TrafficChecker.check(TWO, late))).isEqualTo("car 1 turned road A green after it had "
                + "crossed; a car turns its road green before crossing, and only if it is red");
        CarsCase three = new CarsCase(List.of(1, 2, 3), List.of(3, 1, 2), List.of(0, 0, 0));
        EventLog twice = log(by(1, green(1, B)), by(2, green(2, A)), by(1, green(1, B)));
        assertThat(message(TrafficChecker.check(three, twice))).isEqualTo("car 1 called turnGreen twice");
    }

    @Test
    void parsesTheLeetCodeInputBack() {
        TrafficLightProblem p = new TrafficLightProblem();
        assertThat(p.parse(EXAMPLE.input())).isEqualTo(EXAMPLE);
        assertThat(EXAMPLE.input()).isEqualTo("cars = [1,3,5,2,4], directions = [2,1,2,4,3], "
                + "arrivalTimes = [10,20,30,40,50]");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.parse("cars = [1,1], directions = [1,2], "
                + "arrivalTimes = [0,0]")).hasMessage("bad input (car ids must be distinct): cars = [1,1], "
                + "directions = [1,2], arrivalTimes = [0,0]");
    }
}
