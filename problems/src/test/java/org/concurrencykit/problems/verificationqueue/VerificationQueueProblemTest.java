package org.concurrencykit.problems.verificationqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concurrencykit.problems.verificationqueue.StoryChecker.ARRIVALS;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;

class VerificationQueueProblemTest {
    private static final VerificationQueueProblem PROBLEM = new VerificationQueueProblem();
    private static final Story STORY = new Story(5, 2, 2, 4);
    private static final Story BURST = new Story(4, 2, 0, 3);

    /** A log written by hand: each event at a time in story seconds, on a thread. */
    private static final class Log {
        final List<Event> events = new ArrayList<>();

        Log at(double seconds, String thread, String token) {
            events.add(new Event(events.size(), thread, token, (long) (seconds * Story.NANOS_PER_SECOND)));
            return this;
        }

        /** User u joins at {@code seconds}; join returns {@code took} story seconds later. */
        Log join(double seconds, int u, double took) {
            return at(seconds, ARRIVALS, StoryChecker.join(u)).at(seconds + took, ARRIVALS, StoryChecker.joined(u));
        }

        Log start(double seconds, int r, int u) {
            return at(seconds, "referee-" + r, StoryChecker.start(r, u));
        }

        Log end(double seconds, int r, int u) {
            return at(seconds, "referee-" + r, StoryChecker.end(r, u));
        }

        Log close(double seconds) {
            return at(seconds, ARRIVALS, StoryChecker.cpu(0, (long) (seconds * Story.NANOS_PER_SECOND)))
                    .at(seconds, ARRIVALS, StoryChecker.CLOSE);
        }

        Log closed(double seconds) {
            return at(seconds, ARRIVALS, StoryChecker.CLOSED);
        }

        /** The same events in time order (stable), numbered afresh: for logs written out of order. */
        Log sorted() {
            List<Event> byTime = new ArrayList<>(events);
            byTime.sort(java.util.Comparator.comparingLong(Event::nanos));
            Log log = new Log();
            byTime.forEach(e -> log.events.add(new Event(log.events.size(), e.thread(), e.token(), e.nanos())));
            return log;
        }
    }

    /**
     * The round a perfect queue records, in whole story seconds: at each second first the
     * verifications that end, then the users who join, then free referees (lowest number
     * first) take waiting users in order; close is called after the last join.
     */
    private static Log ideal(Story s) {
        Log log = new Log();
        int[] busyWith = new int[s.referees()];
        int[] endsAt = new int[s.referees()];
        Deque<Integer> waiting = new ArrayDeque<>();
        int joined = 0;
        int verified = 0;
        boolean closing = false;
        for (int t = 0; ; t++) {
            for (int r = 0; r < s.referees(); r++) {
                if (busyWith[r] != 0 && endsAt[r] == t) {
                    log.end(t, r, busyWith[r]);
                    busyWith[r] = 0;
                    verified++;
                }
            }
            while (joined < s.users() && joined * s.every() == t) {
                joined++;
                log.join(t, joined, 0);
                waiting.add(joined);
            }
            for (int r = 0; r < s.referees() && !waiting.isEmpty(); r++) {
                if (busyWith[r] == 0) {
                    busyWith[r] = waiting.poll();
                    endsAt[r] = t + s.takes();
                    log.start(t, r, busyWith[r]);
                }
            }
            if (joined == s.users() && !closing) {
                closing = true;
                log.close(t);
            }
            if (verified == s.users()) {
                return log.closed(t);
            }
        }
    }

    private static Optional<Violation> check(Story s, Log log) {
        return StoryChecker.check(s, log.events);
    }

    private static String why(Story s, Log log) {
        Optional<Violation> v = check(s, log);
        assertThat(v).as("a violation").isPresent();
        assertThat(v.get().verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        return v.get().message();
    }

    @Test
    void acceptsThePerfectRoundOfEveryShape() {
        for (Story s : List.of(STORY, BURST, new Story(1, 1, 0, 1), new Story(8, 1, 1, 2), new Story(12, 4, 0, 4),
                new Story(20, 3, 2, 5), new Story(6, 4, 4, 1))) {
            assertThat(check(s, ideal(s))).as(s.input()).isEmpty();
        }
    }

    @Test
    void theStatementsOutputsAreTheTimelinesOfPerfectRounds() {
        String statement = PROBLEM.statement().body();
        for (Story s : PROBLEM.examples()) {
            String timeline = StoryChecker.timeline(ideal(s).events);
            assertThat(statement).as(s.input()).contains("Input: `" + s.input() + "`\nOutput:\n```\n" + timeline + "\n```");
        }
        assertThat(StoryChecker.timeline(ideal(STORY).events)).startsWith("  0s  user 1 joins; referee 0 takes user 1\n"
                + "  2s  user 2 joins; referee 1 takes user 2\n  4s  referee 0 done with user 1; user 3 joins;");
    }

    @Test
    void acceptsAnyFreeRefereeAndStartsRecordedOutOfOrderByAsManyAsTheOtherFreeReferees() {
        Log log = new Log().join(0, 1, 0).join(0, 2, 0).join(0, 3, 0).join(0, 4, 0).close(0)
                .start(0.1, 1, 2).start(0.1, 0, 1)
                .end(3, 1, 2).start(3, 1, 3).end(3.1, 0, 1).start(3.1, 0, 4)
                .end(6, 1, 3).end(6.1, 0, 4).closed(6.2);
        assertThat(check(BURST, log)).isEmpty();
    }

    @Test
    void rejectsAUserVerifiedTwiceNamingBothReferees() {
        Log log = new Log().join(0, 1, 0).start(0, 0, 1).join(2, 2, 0).start(2, 1, 1);
        assertThat(why(STORY, log)).isEqualTo("user 1 was verified twice, by referee 0 and by referee 1");
        assertThat(check(STORY, log).get().actual()).isEqualTo("referee 0: 1 · referee 1: 1 · never verified: 2 3 4 5");
    }

    @Test
    void rejectsARefereeNumberOutOfRangeAndAVerificationOnTheArrivalsThread() {
        assertThat(why(STORY, new Log().join(0, 1, 0).start(0, 2, 1)))
                .isEqualTo("user 1 was verified by referee 2, but the referees are numbered 0 to 1");
        assertThat(why(STORY, new Log().join(0, 1, 0).at(0, ARRIVALS, StoryChecker.start(0, 1))))
                .startsWith("user 1 was verified on the thread that called join");
    }

    @Test
    void rejectsARefereeVerifyingTwoUsersAtOnce() {
        Log log = new Log().join(0, 1, 0).start(0, 0, 1).join(2, 2, 0).start(2, 0, 2);
        assertThat(why(STORY, log)).isEqualTo("referee 0 started verifying user 2 while still verifying user 1: "
                + "a referee verifies one user at a time");
    }

    @Test
    void rejectsAUserTakenBeforeAnEarlierOneWhenNoOtherRefereeCouldHaveTakenIt() {
        Story one = new Story(3, 1, 0, 2);
        Log log = new Log().join(0, 1, 0).join(0, 2, 0).join(0, 3, 0).start(0, 0, 1).end(2, 0, 1).start(2, 0, 3);
        assertThat(why(one, log)).isEqualTo("user 3 was taken while user 2, who joined earlier, still waited: "
                + "users are verified in the order they joined");
        Log two = new Log().join(0, 1, 0).join(0, 2, 0).join(0, 3, 0).start(0, 0, 3);
        assertThat(why(BURST, two)).startsWith("user 3 was taken while users 1, 2, who joined earlier")
                .as("two earlier users but only one other free referee");
    }

    @Test
    void rejectsSpinningFirstEvenWhenTheRoundIsAlsoSlow() {
        Log log = ideal(STORY);
        log.events.replaceAll(e -> e.token().startsWith("cpu(") ? new Event(e.seq(), e.thread(),
                StoryChecker.cpu(90_000_000, 100_000_000), e.nanos()) : e);
        assertThat(why(STORY, log)).startsWith("your threads were on a CPU for 90 ms of the 100 ms the users took");
        Log calm = ideal(STORY);
        calm.events.replaceAll(e -> e.token().startsWith("cpu(") ? new Event(e.seq(), e.thread(),
                StoryChecker.cpu(40_000_000, 50_000_000), e.nanos()) : e);
        assertThat(check(STORY, calm)).as("under the 50 ms floor: class loading, not spinning").isEmpty();
    }

    @Test
    void rejectsRefereesThatTakeTurns() {
        // Three referees, six users at once, but only one verifies at a time: 4 s each, in turn.
        Story s = new Story(6, 3, 0, 4);
        Log log = new Log();
        for (int u = 1; u <= 6; u++) {
            log.join(0, u, 0);
        }
        log.close(0);
        for (int u = 1; u <= 6; u++) {
            log.start(4 * (u - 1), (u - 1) % 3, u).end(4 * u, (u - 1) % 3, u);
        }
        log.closed(24);
        assertThat(why(s, log)).startsWith("while users waited, free referees sat idle for 180 ms in all, more than "
                + "the 120 ms spent verifying: the referees take turns");
    }

    @Test
    void allowsScatteredSlowHandOffsButNotAJoinThatWaitsForAFreeReferee() {
        // Each hand-off 1 story second late: noise, not a rule broken.
        Log noisy = new Log().join(0, 1, 0).join(0, 2, 0).join(0, 3, 0).join(0, 4, 0).close(0)
                .start(1, 0, 1).start(1, 1, 2).end(4, 0, 1).end(4, 1, 2).start(5, 0, 3).start(5, 1, 4)
                .end(8, 0, 3).end(8, 1, 4).closed(8);
        assertThat(check(BURST, noisy)).isEmpty();

        // Two referees, twelve users at once, 3 s each; join returns only once a referee is free.
        Story s = new Story(12, 2, 0, 3);
        Log blocking = new Log();
        for (int u = 1; u <= 12; u++) {
            int pair = (u - 1) / 2;
            double calls = u <= 2 ? 0 : u % 2 == 1 ? 3 * (pair - 1) : 3 * pair;
            blocking.join(calls, u, 3 * pair - calls).start(3 * pair, (u - 1) % 2, u).end(3 * pair + 3, (u - 1) % 2, u);
        }
        blocking.close(15).closed(18);
        assertThat(why(s, blocking.sorted())).isEqualTo("join blocked the arrivals for 75 ms in all (join(3) alone "
                + "15 ms), against 180 ms spent verifying: join must hand the user over and return at once, never "
                + "wait for a referee");
    }

    @Test
    void rejectsAnEndingThatLosesUsersLeavesAVerificationRunningOrAThreadAlive() {
        Log lost = new Log().join(0, 1, 0).join(0, 2, 0).join(0, 3, 0).join(0, 4, 0).close(0)
                .start(0, 0, 1).start(0, 1, 2).end(3, 0, 1).end(3, 1, 2).closed(3);
        assertThat(why(BURST, lost)).isEqualTo("close() returned, but users 3, 4 were never verified: the referees "
                + "stopped before the queue was empty");
        Log early = new Log().join(0, 1, 0).join(0, 2, 0).join(0, 3, 0).join(0, 4, 0).close(0)
                .start(0, 0, 1).start(0, 1, 2).closed(0.1);
        assertThat(why(BURST, early)).isEqualTo("close() returned while referee 0 was still verifying user 1");
        Log alive = ideal(BURST).at(7, ARRIVALS, StoryChecker.alive("referee-1"));
        assertThat(why(BURST, alive)).startsWith("thread referee-1 was still running after close() returned");
    }

    @Test
    void aRoundThatHungIsWrongOnlyForWhatItsEventsAlreadyShow() {
        Log hung = new Log().join(0, 1, 0).start(0, 0, 1).end(4, 0, 1).join(4, 2, 0).start(4, 0, 2).end(8, 0, 2)
                .close(8);
        assertThat(why(STORY, hung)).startsWith("close() never returned, and users 3, 4, 5 were never verified");
        assertThat(StoryChecker.checkUnfinished(STORY, hung.events)).isEmpty();
        Log twice = new Log().join(0, 1, 0).start(0, 0, 1).join(2, 2, 0).start(2, 1, 1);
        assertThat(StoryChecker.checkUnfinished(STORY, twice.events).map(Violation::message))
                .contains("user 1 was verified twice, by referee 0 and by referee 1");
    }

    @Test
    void parsesWhatItPrintsAndRejectsOutOfRangeInputsInOneLine() {
        for (Story s : PROBLEM.cases(new java.util.Random(1))) {
            assertThat(PROBLEM.parse(s.input())).isEqualTo(s);
        }
        assertThatThrownBy(() -> PROBLEM.parse("users = 21, referees = 2, every = 2, takes = 4"))
                .hasMessage("bad input (users must be in 1..20): users = 21, referees = 2, every = 2, takes = 4");
        assertThatThrownBy(() -> PROBLEM.parse("users = 5"))
                .hasMessageStartingWith("expected an input like users = 5, referees = 2, every = 2, takes = 4");
    }
}
