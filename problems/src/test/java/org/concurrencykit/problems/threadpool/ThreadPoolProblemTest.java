package org.concurrencykit.problems.threadpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.concurrencykit.problems.threadpool.PoolChecker.SUBMITTER_1;
import static org.concurrencykit.problems.threadpool.PoolChecker.SUBMITTER_2;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.spi.Violation;
import org.junit.jupiter.api.Test;

class ThreadPoolProblemTest {
    private static final ThreadPoolProblem PROBLEM = new ThreadPoolProblem();
    private static final Workload STEADY = new Workload(5, 2, 1, 1, 3);
    private static final Workload BURST = new Workload(6, 2, 1, 0, 2);
    private static final long SHORT = ThreadPoolProblem.SHORT_AWAIT_MILLIS;
    private static final long LONG = ThreadPoolProblem.LONG_AWAIT_MILLIS;

    /** A log written by hand: each event at a time in ticks, on a thread. */
    private static final class Log {
        final List<Event> events = new ArrayList<>();

        Log at(double ticks, String thread, String token) {
            events.add(new Event(events.size(), thread, token, (long) (ticks * Workload.NANOS_PER_TICK)));
            return this;
        }

        Log submit(double ticks, String submitter, int t, boolean accepted) {
            return at(ticks, submitter, PoolChecker.submit(t))
                    .at(ticks, submitter, accepted ? PoolChecker.accepted(t) : PoolChecker.rejected(t));
        }

        Log start(double ticks, int worker, int t) {
            return at(ticks, "worker-" + worker, PoolChecker.start(t));
        }

        Log end(double ticks, int worker, int t) {
            return at(ticks, "worker-" + worker, PoolChecker.end(t));
        }

        Log shutdown(double ticks) {
            return at(ticks, SUBMITTER_1, PoolChecker.cpu(0, (long) (ticks * Workload.NANOS_PER_TICK)))
                    .at(ticks, SUBMITTER_1, PoolChecker.SHUTDOWN).at(ticks, SUBMITTER_1, PoolChecker.SHUT);
        }

        Log await(double ticks, long millis) {
            return at(ticks, SUBMITTER_1, PoolChecker.await(millis));
        }

        Log awaited(double ticks, boolean terminated) {
            return at(ticks, SUBMITTER_1, PoolChecker.awaited(terminated));
        }
    }

    /**
     * The round a perfect pool records, in whole ticks: at each tick first the tasks that
     * end, then the submits due, then free workers (lowest number first) take queued tasks
     * in order; submitter 1 shuts down after its last submit, submits the late task, awaits
     * one tick (false, unless all is done) and then until the last task ends.
     */
    private static Log ideal(Workload w) {
        Log log = new Log();
        int[] runs = new int[w.threads()];
        int[] endsAt = new int[w.threads()];
        Deque<Integer> queue = new ArrayDeque<>();
        int next = 1;
        int done = 0;
        int shutAt = -1;
        boolean longAwait = false;
        for (int tick = 0; ; tick++) {
            for (int k = 0; k < w.threads(); k++) {
                if (runs[k] != 0 && endsAt[k] == tick) {
                    log.end(tick, k, runs[k]);
                    runs[k] = 0;
                    done++;
                }
            }
            while (next <= w.tasks() && (next - 1) / w.submitters() * w.every() == tick) {
                log.submit(tick, w.submitterOf(next) == 1 ? SUBMITTER_1 : SUBMITTER_2, next, true);
                queue.add(next++);
            }
            for (int k = 0; k < w.threads() && !queue.isEmpty(); k++) {
                if (runs[k] == 0) {
                    runs[k] = queue.poll();
                    endsAt[k] = tick + w.takes();
                    log.start(tick, k, runs[k]);
                }
            }
            if (next > w.tasks() && shutAt < 0) {
                shutAt = tick;
                log.shutdown(tick).submit(tick, SUBMITTER_1, w.lateTask(), false).await(tick, SHORT);
            }
            if (shutAt >= 0 && tick == shutAt + 1) {
                log.awaited(tick, done == w.tasks()).await(tick, LONG);
                longAwait = true;
            }
            if (longAwait && done == w.tasks()) {
                return log.awaited(tick, true);
            }
        }
    }

    private static Optional<Violation> check(Workload w, Log log) {
        return PoolChecker.check(w, log.events);
    }

    private static String why(Workload w, Log log) {
        Optional<Violation> v = check(w, log);
        assertThat(v).as("a violation").isPresent();
        assertThat(v.get().verdict()).isEqualTo(Verdict.WRONG_ANSWER);
        return v.get().message();
    }

    @Test
    void acceptsThePerfectRoundOfEveryShape() {
        List<Workload> shapes = new ArrayList<>(PROBLEM.cases(new Random(1)));
        shapes.add(new Workload(16, 4, 2, 3, 4));
        shapes.add(new Workload(1, 4, 1, 0, 1));
        for (Workload w : shapes) {
            assertThat(check(w, ideal(w))).as(w.input()).isEmpty();
        }
    }

    @Test
    void theStatementsOutputsAreTheTimelinesOfPerfectRounds() {
        String statement = PROBLEM.statement().body();
        for (Workload w : PROBLEM.examples()) {
            String timeline = PoolChecker.timeline(ideal(w).events);
            assertThat(statement).as(w.input()).contains("Input: `" + w.input() + "`\nOutput:\n```\n" + timeline + "\n```");
        }
    }

    @Test
    void acceptsASubmitRacingTheShutdownEitherWay() {
        Workload two = new Workload(2, 1, 2, 0, 1);
        Log accepted = new Log().submit(0, SUBMITTER_1, 1, true).start(0, 0, 1)
                .at(0, SUBMITTER_2, PoolChecker.submit(2)).shutdown(0).at(0.1, SUBMITTER_2, PoolChecker.accepted(2))
                .submit(0.2, SUBMITTER_1, 3, false).await(0.2, SHORT).end(1, 0, 1).start(1, 0, 2).awaited(1.2, false)
                .await(1.2, LONG).end(2, 0, 2).awaited(2, true);
        assertThat(check(two, accepted)).isEmpty();
        Log rejected = new Log().submit(0, SUBMITTER_1, 1, true).start(0, 0, 1)
                .at(0, SUBMITTER_2, PoolChecker.submit(2)).shutdown(0).at(0.1, SUBMITTER_2, PoolChecker.rejected(2))
                .submit(0.2, SUBMITTER_1, 3, false).await(0.2, SHORT).awaited(1.2, false)
                .await(1.2, LONG).end(1.5, 0, 1).awaited(1.5, true);
        assertThat(check(two, rejected)).isEmpty();
    }

    @Test
    void rejectsATaskRunTwice() {
        Log log = new Log().submit(0, SUBMITTER_1, 1, true).submit(0, SUBMITTER_1, 2, true).start(0, 0, 1)
                .start(0, 1, 1);
        assertThat(why(BURST, log)).isEqualTo("task 1 ran twice");
        assertThat(check(BURST, log).get().actual()).isEqualTo("ran twice or more 1 · accepted, never ran 2 · at most 2 at once");
        assertThat(PoolChecker.checkUnfinished(BURST, log.events)).isPresent();
    }

    @Test
    void rejectsMoreTasksAtOnceThanThreads() {
        Log log = new Log().submit(0, SUBMITTER_1, 1, true).submit(0, SUBMITTER_1, 2, true)
                .submit(0, SUBMITTER_1, 3, true).start(0, 0, 1).start(0, 1, 2).start(0, 2, 3);
        assertThat(why(BURST, log)).isEqualTo("3 tasks ran at once (tasks 1, 2, 3), but the pool has 2 threads: "
                + "at most that many tasks run at a time");
    }

    @Test
    void rejectsATaskRunOnTheSubmittingThread() {
        Log log = new Log().at(0, SUBMITTER_1, PoolChecker.submit(1)).at(0, SUBMITTER_1, PoolChecker.start(1));
        assertThat(why(BURST, log)).startsWith("task 1 ran on submitter-1, the thread that called submit");
    }

    @Test
    void rejectsQueuedTasksDroppedByTheShutdown() {
        Log log = new Log().submit(0, SUBMITTER_1, 1, true).submit(0, SUBMITTER_1, 2, true)
                .submit(0, SUBMITTER_1, 3, true).start(0, 0, 1).start(0, 1, 2).shutdown(0)
                .submit(0, SUBMITTER_1, 4, false).await(0, SHORT).awaited(1, false).await(1, LONG)
                .end(2, 0, 1).end(2, 1, 2).awaited(2, true);
        assertThat(why(new Workload(3, 2, 1, 0, 2), log)).isEqualTo("the pool terminated, but task 3 was accepted and "
                + "never ran: shutdown() must let the queued tasks run before the workers stop");
        Log hung = new Log();
        hung.events.addAll(log.events.subList(0, log.events.size() - 3));
        assertThat(why(new Workload(3, 2, 1, 0, 2), hung)).isEqualTo("task 3 was accepted but never ran: shutdown() "
                + "must let the queued tasks run before the workers stop");
        assertThat(PoolChecker.checkUnfinished(new Workload(3, 2, 1, 0, 2), hung.events)).as("may still run").isEmpty();
    }

    @Test
    void rejectsATaskAcceptedAfterTheShutdown() {
        Log log = new Log().submit(0, SUBMITTER_1, 1, true).shutdown(0).submit(0, SUBMITTER_1, 2, true);
        assertThat(why(new Workload(1, 1, 1, 0, 1), log)).startsWith("submit(task 2) began after shutdown() had "
                + "returned, yet it was accepted");
    }

    @Test
    void rejectsATaskRejectedBeforeTheShutdown() {
        Log log = new Log().submit(0, SUBMITTER_1, 1, false);
        assertThat(why(BURST, log)).startsWith("submit(task 1) returned false before shutdown() was called");
    }

    @Test
    void rejectsARejectedTaskThatRan() {
        Log log = new Log().submit(0, SUBMITTER_1, 1, true).shutdown(0).submit(0, SUBMITTER_1, 2, false)
                .start(0.5, 0, 2);
        assertThat(why(new Workload(1, 1, 1, 0, 1), log)).isEqualTo("task 2 was rejected, yet it ran");
    }

    @Test
    void rejectsTerminationClaimedWhileTasksRun() {
        Log log = new Log().submit(0, SUBMITTER_1, 1, true).start(0, 0, 1).shutdown(0).submit(0, SUBMITTER_1, 2, false)
                .await(0, SHORT).awaited(0.2, true);
        assertThat(why(new Workload(1, 1, 1, 0, 1), log)).isEqualTo("awaitTermination returned true while task 1 was "
                + "still running: it must wait for every accepted task to end");
    }

    @Test
    void rejectsFalseBeforeTheTimeout() {
        Log log = new Log().submit(0, SUBMITTER_1, 1, true).start(0, 0, 1).shutdown(0).submit(0, SUBMITTER_1, 2, false)
                .await(0, SHORT).awaited(1, false).await(1, LONG).awaited(1.5, false);
        assertThat(why(new Workload(1, 1, 1, 0, 1), log)).startsWith("awaitTermination(60000 ms) returned false after "
                + "2.5 ms: false means the timeout elapsed");
    }

    @Test
    void acceptsFalseAtTheTimeoutAndRejectsAWorkerAliveAfterTermination() {
        Workload one = new Workload(1, 1, 1, 0, 1);
        Log log = new Log().submit(0, SUBMITTER_1, 1, true).start(0, 0, 1).shutdown(0).submit(0, SUBMITTER_1, 2, false)
                .await(0, SHORT).awaited(0.9, false).await(1, LONG).end(1, 0, 1).awaited(1, true);
        assertThat(check(one, log)).isEmpty();
        log.at(40, SUBMITTER_1, PoolChecker.alive("worker-0"));
        assertThat(why(one, log)).isEqualTo("thread worker-0 was still running after awaitTermination returned true: "
                + "every worker must have ended by then");
    }

    @Test
    void rejectsAStartAfterTermination() {
        Workload two = new Workload(2, 1, 2, 0, 1);
        Log log = new Log().submit(0, SUBMITTER_1, 1, true).start(0, 0, 1).at(0, SUBMITTER_2, PoolChecker.submit(2))
                .shutdown(0).submit(0, SUBMITTER_1, 3, false).await(0, LONG).end(1, 0, 1).awaited(1, true)
                .at(1, SUBMITTER_2, PoolChecker.accepted(2)).start(1.5, 0, 2);
        assertThat(why(two, log)).isEqualTo("task 2 started after awaitTermination had returned true");
    }

    @Test
    void rejectsSpinningFirst() {
        Log log = new Log().submit(0, SUBMITTER_1, 1, false)
                .at(30, SUBMITTER_1, PoolChecker.cpu(120_000_000L, 150_000_000L));
        assertThat(why(BURST, log)).startsWith("the pool's threads were on a CPU for 120 ms of the 150 ms");
        Log calm = new Log().at(30, SUBMITTER_1, PoolChecker.cpu(40_000_000L, 50_000_000L));
        assertThat(PoolChecker.checkUnfinished(BURST, calm.events)).isEmpty();
    }

    @Test
    void parsesWhatItPrintsAndExplainsBadInput() {
        for (Workload w : PROBLEM.cases(new Random(7))) {
            assertThat(PROBLEM.parse(w.input())).isEqualTo(w);
        }
        assertThat(PROBLEM.parse(" tasks=3 , threads = 1,submitters = 2, every = 0, takes = 4 "))
                .isEqualTo(new Workload(3, 1, 2, 0, 4));
        assertThatThrownBy(() -> PROBLEM.parse("tasks = 3")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("expected an input like tasks = 5, threads = 2").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> PROBLEM.parse("tasks = 17, threads = 2, submitters = 1, every = 1, takes = 3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tasks must be in 1..16");
        assertThatThrownBy(() -> PROBLEM.parse("tasks = 5, threads = 2, submitters = 3, every = 1, takes = 3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("submitters must be in 1..2");
        assertThatThrownBy(() -> PROBLEM.parse("tasks = 5, threads = 0, submitters = 1, every = 1, takes = 3"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads must be in 1..4");
    }

    @Test
    void casesStartWithTheExamplesAndStayWithinTheConstraints() {
        List<Workload> cases = PROBLEM.cases(new Random(3));
        assertThat(cases.subList(0, 2)).isEqualTo(PROBLEM.examples());
        assertThat(cases).hasSizeGreaterThan(8);
    }

    /** Prints the examples' timelines, for the statement. */
    public static void main(String[] args) {
        for (Workload w : PROBLEM.examples()) {
            System.out.println(w.input() + "\n" + PoolChecker.timeline(ideal(w).events) + "\n");
        }
    }
}
