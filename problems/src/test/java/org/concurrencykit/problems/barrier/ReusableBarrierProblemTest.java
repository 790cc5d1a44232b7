package org.concurrencykit.problems.barrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;

class ReusableBarrierProblemTest {
    private static final ReusableBarrierProblem PROBLEM = new ReusableBarrierProblem();
    private static final Meeting TWO_BY_THREE = new Meeting(2, 3);
    private static final Meeting THREE_BY_TWO = new Meeting(3, 2);

    /** A log written by hand: "2:1" is thread-2's phase 1, "2:d" its done mark. */
    private static List<Event> log(String... steps) {
        List<Event> events = new ArrayList<>();
        for (String s : steps) {
            String[] tp = s.split(":");
            events.add(new Event(events.size(), LapCheck.threadName(Integer.parseInt(tp[0])),
                    tp[1].equals("d") ? LapCheck.DONE : LapCheck.token(Integer.parseInt(tp[1])), events.size()));
        }
        return events;
    }

    private static String why(Meeting m, List<Event> events) {
        Optional<Violation> v = LapCheck.check(m, events);
        assertThat(v).as("a violation").isPresent();
        assertThat(v.get().verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        return v.get().message();
    }

    @Test
    void acceptsEveryOrderWithinAPhase() {
        assertThat(LapCheck.check(TWO_BY_THREE, log("1:1", "2:1", "2:2", "1:2", "1:3", "2:3", "2:d", "1:d")))
                .isEmpty();
        assertThat(LapCheck.check(TWO_BY_THREE, log("2:1", "1:1", "1:2", "2:2", "2:3", "1:3", "1:d", "2:d")))
                .isEmpty();
        assertThat(LapCheck.check(THREE_BY_TWO, log("3:1", "1:1", "2:1", "2:2", "3:2", "1:2", "3:d", "1:d", "2:d")))
                .isEmpty();
        assertThat(LapCheck.check(new Meeting(1, 3), log("1:1", "1:2", "1:3", "1:d"))).isEmpty();
    }

    @Test
    void rejectsAThreadThatLapsAnotherNamingBoth() {
        assertThat(why(TWO_BY_THREE, log("1:1", "1:2", "2:1", "2:2", "1:3", "2:3")))
                .isEqualTo("thread-1 began phase 2 while thread-2 had not finished phase 1 (it had done no phase): "
                        + "thread-1's await() after phase 1 returned before every thread had called it, "
                        + "so it lapped thread-2");
        assertThat(why(THREE_BY_TWO, log("1:1", "2:1", "1:2", "3:1", "2:2", "3:2")))
                .startsWith("thread-1 began phase 2 while thread-3 had not finished phase 1");
    }

    @Test
    void rejectsALapBySeveralPhasesAfterACorrectStart() {
        String why = why(TWO_BY_THREE, log("1:1", "2:1", "2:2", "2:3", "1:2", "1:3"));
        assertThat(why).startsWith("thread-2 began phase 3 while thread-1 had not finished phase 2 (it had done "
                + "phase 1 only)");
        Violation v = LapCheck.check(TWO_BY_THREE, log("1:1", "2:1", "2:2", "2:3", "1:2", "1:3")).orElseThrow();
        assertThat(v.actual()).isEqualTo("thread-1 phase 1, thread-2 phase 1, thread-2 phase 2, thread-2 phase 3");
        assertThat(v.expected()).isEqualTo("every thread's phase k before any thread's phase k+1 (2 threads, 3 phases "
                + "each)");
    }

    @Test
    void showsOnlyTheLastEventsBeforeTheLap() {
        Meeting m = new Meeting(2, 10);
        List<String> steps = new ArrayList<>();
        for (int k = 1; k <= 8; k++) {
            steps.add("1:" + k);
            steps.add("2:" + k);
        }
        steps.add("1:9");
        steps.add("1:10");
        Violation v = LapCheck.check(m, log(steps.toArray(String[]::new))).orElseThrow();
        assertThat(v.message()).startsWith("thread-1 began phase 10 while thread-2 had not finished phase 9");
        assertThat(v.actual()).startsWith("..., thread-2 phase 4, thread-1 phase 5").endsWith("thread-1 phase 10");
    }

    @Test
    void rejectsALastAwaitThatReturnedBeforeEveryoneCalledIt() {
        assertThat(why(TWO_BY_THREE, log("1:1", "2:1", "1:2", "2:2", "2:3", "2:d", "1:3", "1:d")))
                .isEqualTo("thread-2's last await() returned while thread-1 had not finished phase 3 (it had done "
                        + "phases 1..2 only): the barrier let thread-2 through before every thread had called it");
    }

    @Test
    void rejectsAFinishedRoundWithAThreadNotDone() {
        assertThat(why(TWO_BY_THREE, log("1:1", "2:1", "1:2", "2:2", "1:3", "2:3", "1:d")))
                .isEqualTo("the round ended with thread-2 not done: its last await() never returned (it had done 3 of "
                        + "3 phases)");
        assertThat(why(THREE_BY_TWO, log("1:1", "2:1")))
                .isEqualTo("the round ended with thread-1 not done: its last await() never returned (it had done 1 of "
                        + "2 phases)");
    }

    @Test
    void anUnfinishedRoundIsWrongOnlyWhenSomeoneAlreadyLapped() {
        assertThat(LapCheck.checkUnfinished(TWO_BY_THREE, log("1:1", "2:1", "1:2"))).isEmpty();
        assertThat(LapCheck.checkUnfinished(TWO_BY_THREE, log("1:1", "1:2"))).isPresent()
                .get().extracting(Violation::message).asString().startsWith("thread-1 began phase 2");
    }

    @Test
    void rejectsGarbledEvents() {
        List<Event> events = List.of(new Event(0, "thread-9", "phase 1", 0));
        assertThat(why(TWO_BY_THREE, events)).isEqualTo("event #1 \"thread-9:phase 1\" is not a phase of thread-1..2");
        assertThat(why(TWO_BY_THREE, log("1:2"))).isEqualTo("thread-1 emitted phase 2 after nothing; its phases come in "
                + "order");
        assertThat(why(TWO_BY_THREE, log("1:1", "1:d"))).isEqualTo("thread-1 emitted done after phase 1; its phases "
                + "come in order");
    }

    @Test
    void outputIsOneLinePerPhaseDoneWithoutTheDoneMarks() throws InterruptedException {
        org.concurrencykit.problems.spi.EventLog log = new org.concurrencykit.problems.spi.EventLog();
        assertThat(PROBLEM.output(TWO_BY_THREE, log)).isEmpty();
        Thread t = new Thread(() -> {
            log.add("phase 1");
            log.add(LapCheck.DONE);
        }, "thread-1");
        t.start();
        t.join(5_000);
        assertThat(PROBLEM.output(new Meeting(1, 1), log)).isEqualTo("thread-1 phase 1");
        assertThat(LapCheck.line(new Event(0, "thread-2", "phase 1", 0))).isEqualTo("thread-2 phase 1");
    }

    @Test
    void theStatementsExamplesAreCorrectRounds() {
        String body = PROBLEM.statement().body();
        for (Meeting m : PROBLEM.examples()) {
            int at = body.indexOf("Input: `" + m.input() + "`\nOutput:\n```\n");
            assertThat(at).as(m.input()).isPositive();
            String out = body.substring(body.indexOf("```\n", at) + 4, body.indexOf("\n```", body.indexOf("```\n", at)));
            List<Event> events = new ArrayList<>();
            for (String line : out.split("\n")) {
                String[] w = line.split(" ", 2);
                events.add(new Event(events.size(), w[0], w[1], events.size()));
            }
            for (int t = 1; t <= m.threads(); t++) {
                events.add(new Event(events.size(), LapCheck.threadName(t), LapCheck.DONE, events.size()));
            }
            assertThat(LapCheck.check(m, events)).as(m.input()).isEmpty();
        }
    }

    @Test
    void inputsRoundTripAndCasesStartWithTheExamples() {
        assertThat(PROBLEM.parse("threads = 3, phases = 2")).isEqualTo(THREE_BY_TWO);
        assertThat(PROBLEM.parse(" threads=3 ,phases=2, start = [3, 1,2] "))
                .isEqualTo(new Meeting(3, 2, List.of(3, 1, 2)));
        assertThat(new Meeting(3, 2, List.of(3, 1, 2)).input()).isEqualTo("threads = 3, phases = 2, start = [3,1,2]");
        List<Meeting> cases = PROBLEM.cases(new Random(7));
        assertThat(cases.subList(0, 2)).isEqualTo(PROBLEM.examples());
        for (Meeting m : cases) {
            assertThat(PROBLEM.parse(m.input())).isEqualTo(m);
        }
        assertThat(cases).contains(new Meeting(Meeting.MAX_THREADS, Meeting.MAX_PHASES));
        assertThat(PROBLEM.smallCases()).allSatisfy(m -> assertThat(m.threads()).isLessThanOrEqualTo(8));
    }

    @Test
    void badInputsAreRejectedWithAOneLineReason() {
        for (String bad : List.of("threads = 0, phases = 2", "threads = 9, phases = 2", "threads = 2, phases = 21",
                "threads = 2, phases = 0", "threads = 3, phases = 2, start = [1,2]",
                "threads = 3, phases = 2, start = [1,1,2]", "threads = 2, phases = 2, start = [1,x]",
                "threads = 2", "phases = 2, threads = 2", "")) {
            assertThatThrownBy(() -> PROBLEM.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining("\n").hasMessageContaining(bad.isEmpty() ? "expected" : bad);
        }
        assertThatThrownBy(() -> PROBLEM.parse("threads = 9, phases = 2"))
                .hasMessage("bad input (threads must be in 1..8, got 9): threads = 9, phases = 2");
    }
}
