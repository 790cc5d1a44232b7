package org.concurrencykit.judge.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.concurrencykit.problems.spi.SolutionFactory;
import org.concurrencykit.judge.verdict.Failure;
import org.concurrencykit.judge.verdict.Result;
import org.concurrencykit.judge.verdict.ThreadReport;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.TestCase;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.spi.Violation;

/**
 * The stress engine: runs a solution over every case of a problem, many rounds each, with
 * adversarial start orders and delays inside the callbacks, and stops at the first round
 * that prints a wrong log, throws, deadlocks or stops making progress.
 */
public final class StressEngine {
    /** Name of this engine in reports. */
    public static final String NAME = "stress";
    /** Idle time after which a round is checked for a lock cycle. */
    private static final long DEADLOCK_CHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /**
     * How long every thread must stay {@link Threads#frozen frozen} (waiting untimed, nobody
     * left to wake it) before the round is called hung without waiting for the stall limit.
     */
    private static final long FROZEN_NANOS = TimeUnit.MILLISECONDS.toNanos(150);
    private static final long POLL_MILLIS = 10;
    /** Frames kept of an exception's stack (a StackOverflowError has thousands). */
    private static final int MAX_FRAMES = 40;
    /**
     * A stall lasts as long as this many of the solution's typical steps: enough to outlast
     * the margins of {@code Thread.sleep} ordering, short for solutions that do not sleep.
     */
    private static final long STALL_EVENTS = 8;

    /** Told when a case starts, so that a parent process knows where a crash happened. */
    public interface Progress {
        void caseStarted(int index, String input);
    }

    private final StressConfig config;
    private final Progress progress;
    private final Threads threads;
    /** The threads alive before any solution ran: the judge's own (and the test runner's, in tests). */
    private final Set<Thread> judgeThreads = Threads.now();

    public StressEngine(StressConfig config, Progress progress) {
        this.config = config;
        this.progress = progress;
        this.threads = new Threads(config.userClass());
    }

    /** Judges the solutions {@code factory} makes against {@code problem}. */
    public <S, C extends TestCase> Result judge(Problem<S, C> problem, SolutionFactory<S> factory)
            throws InterruptedException {
        return new Run<>(problem, factory).run();
    }

    /** One judgement's state. */
    private final class Run<S, C extends TestCase> {
        private final Problem<S, C> problem;
        private final SolutionFactory<S> factory;
        private final long started = System.nanoTime();
        private final List<Result.Output> outputs = new ArrayList<>();
        private int roundsRun;
        private int casesRun;
        /** Typical time between two events of this solution, from rounds without a stall. */
        private long eventNanos = 100_000;
        private long cpuOutside;
        private long wallOutside;

        Run(Problem<S, C> problem, SolutionFactory<S> factory) {
            this.problem = problem;
            this.factory = factory;
        }

        Result run() throws InterruptedException {
            List<C> cases = cases();
            long deadline = config.timeMillis() > 0 ? started + TimeUnit.MILLISECONDS.toNanos(config.timeMillis()) : 0;
            int pass = 0;
            do {
                for (int i = 0; i < cases.size(); i++) {
                    C c = cases.get(i);
                    progress.caseStarted(i + 1, c.input());
                    casesRun++;
                    Fail f = runCase(c, i + 1, pass);
                    if (f != null) {
                        return result(f.verdict(), f.failure());
                    }
                }
                pass++;
            } while (deadline != 0 && System.nanoTime() < deadline);
            return result(Verdict.ACCEPTED, null);
        }

        private List<C> cases() {
            if (config.input() != null) {
                return List.of(problem.parse(config.input()));
            }
            return config.examplesOnly() ? problem.examples() : problem.cases(new Random(config.seed()));
        }

        private int roundsFor(C c) {
            if (config.examplesOnly()) {
                return config.rounds() > 0 ? config.rounds() : StressConfig.RUN_ROUNDS;
            }
            int r = config.rounds() > 0 ? config.rounds() : problem.info().defaultRounds();
            return Math.max(Math.min(2, r), Math.min(r, r * 8 / Math.max(1, c.size())));
        }

        private Fail runCase(C c, int caseIndex, int pass) throws InterruptedException {
            int rounds = roundsFor(c);
            for (int r = 0; r < rounds; r++) {
                int roundNumber = pass * rounds + r + 1;
                Fail f = runRound(c, caseIndex, roundNumber);
                roundsRun++;
                if (f != null) {
                    return f;
                }
                if (System.nanoTime() - started > TimeUnit.MILLISECONDS.toNanos(config.budgetMillis())) {
                    return tle(new Failure(c.input(), null, null, String.format(
                            "the judgement ran past its %d s budget after %d rounds: the solution is too slow",
                            config.budgetMillis() / 1000, roundsRun), caseIndex, roundNumber, NAME, List.of(),
                            List.of()));
                }
            }
            return null;
        }

        private Fail runRound(C c, int caseIndex, int roundNumber) throws InterruptedException {
            ThreadGroup group = new ThreadGroup("round-" + roundNumber);
            Construction<S> made = construct(c, group);
            if (made.failure != null) {
                return made.failure.apply(c.input(), caseIndex, roundNumber);
            }
            StressRound round = new StressRound(group);
            problem.run(made.solution, c, round);
            int threadCount = Math.max(1, round.threadCount());
            RoundPlan plan = RoundPlan.draw(config.seed(), c.input(), roundNumber, threadCount,
                    Math.max(1, 2 * c.size() / threadCount), STALL_EVENTS * eventNanos);
            long t0 = System.nanoTime();
            round.start(plan);
            Fail hang = await(round, c, caseIndex, roundNumber);
            if (hang != null) {
                return hang;
            }
            long took = System.nanoTime() - t0;
            if (plan.profile() != RoundPlan.Profile.STALL) {
                eventNanos = (eventNanos * 7 + took / Math.max(1, c.size())) / 8;
            }
            cpuOutside += round.cpuOutsidePauses();
            wallOutside += round.wallOutsidePauses();
            if (config.examplesOnly() && roundNumber == 1) {
                outputs.add(new Result.Output(c.input(), problem.output(c, round.log())));
            }
            Optional<Violation> v = problem.check(c, round.log());
            return v.map(x -> new Fail(x.verdict(), new Failure(c.input(), x.expected(), x.actual(),
                    x.message(), caseIndex, roundNumber, NAME, List.of(), List.of()))).orElse(null);
        }

        /** Builds the solution on a thread of its own, so a constructor that never returns is a hang, not ours. */
        private Construction<S> construct(C c, ThreadGroup group) throws InterruptedException {
            AtomicReference<Object> made = new AtomicReference<>();
            CountDownLatch done = new CountDownLatch(1);
            Thread t = new Thread(group, () -> {
                try {
                    made.set(factory.create(problem.constructorArgs(c)));
                } catch (Throwable e) {
                    made.set(new Thrown(e));
                } finally {
                    done.countDown();
                }
            }, "constructor");
            t.setDaemon(true);
            t.start();
            if (!done.await(config.stallMillis(), TimeUnit.MILLISECONDS)) {
                List<ThreadReport> reports = threads.reports(List.of(t));
                return Construction.failed((in, ci, r) -> tle(new Failure(in, null, "", String.format(
                        "the constructor did not return within %d ms", config.stallMillis()), ci, r, NAME,
                        reports, List.of())));
            }
            Object o = made.get();
            if (o instanceof Thrown thrown) {
                return Construction.failed((in, ci, r) -> crashFailure(in, ci, r, "", "the constructor",
                        thrown.error()));
            }
            return new Construction<>(problem.solutionType().cast(o), null);
        }

        private Fail await(StressRound round, C c, int caseIndex, int roundNumber) throws InterruptedException {
            long start = System.nanoTime();
            long stall = TimeUnit.MILLISECONDS.toNanos(config.stallMillis());
            long limit = Math.max(5 * stall, TimeUnit.MILLISECONDS.toNanos(2000L + 5L * c.size()));
            long frozenSince = 0;
            while (!round.awaitFinished(POLL_MILLIS)) {
                StressRound.Crash crash = round.crash();
                if (crash != null) {
                    return crashFailure(c.input(), caseIndex, roundNumber, round.log().joined(),
                            "thread " + crash.thread(), crash.error());
                }
                long idle = round.idleNanos();
                if (idle > DEADLOCK_CHECK_NANOS) {
                    List<Thread> live = Threads.live(round.group());
                    Set<Long> cycle = Threads.deadlocked(live);
                    if (!cycle.isEmpty()) {
                        return deadlock(round, c, caseIndex, roundNumber, live, cycle);
                    }
                    if (idle > stall) {
                        return stalled(round, c, caseIndex, roundNumber, live, 0);
                    }
                    long now = System.nanoTime();
                    if (!Threads.frozen(judgeThreads)) {
                        frozenSince = 0;
                    } else if (frozenSince == 0) {
                        frozenSince = now;
                    } else if (now - frozenSince > FROZEN_NANOS && round.idleNanos() > now - frozenSince) {
                        return stalled(round, c, caseIndex, roundNumber, live, round.idleNanos());
                    }
                } else {
                    frozenSince = 0;
                }
                if (System.nanoTime() - start > limit) {
                    List<ThreadReport> reports = threads.reports(Threads.live(round.group()));
                    Fail wrong = wrongBeforeHang(round, c, caseIndex, roundNumber, reports);
                    if (wrong != null) {
                        return wrong;
                    }
                    return tle(new Failure(c.input(), null, round.log().joined(), String.format(
                            "the round was still running after %d ms: too slow for this input",
                            TimeUnit.NANOSECONDS.toMillis(limit)), caseIndex, roundNumber, NAME, reports, List.of()));
                }
            }
            StressRound.Crash crash = round.crash();
            return crash == null ? null : crashFailure(c.input(), caseIndex, roundNumber, round.log().joined(),
                    "thread " + crash.thread(), crash.error());
        }

        private Fail deadlock(StressRound round, C c, int caseIndex, int roundNumber, List<Thread> live,
                                 Set<Long> cycle) {
            List<ThreadReport> reports = threads.reports(live);
            Set<String> names = new HashSet<>();
            for (Thread t : live) {
                if (cycle.contains(t.getId())) {
                    names.add(t.getName());
                }
            }
            List<String> sorted = names.stream().sorted().toList();
            return new Fail(Verdict.DEADLOCK, new Failure(c.input(), null, round.log().joined(),
                    "threads " + String.join(" and ", sorted) + " each hold a lock another of them waits for",
                    caseIndex, roundNumber, NAME, reports, Threads.cycle(reports, names)));
        }

        /**
         * A round that stopped making progress: after the stall limit, or after {@code frozenNanos}
         * (positive) in which every thread waited with nobody left to wake it.
         */
        private Fail stalled(StressRound round, C c, int caseIndex, int roundNumber, List<Thread> live,
                             long frozenNanos) {
            List<ThreadReport> reports = threads.reports(live);
            Fail wrong = wrongBeforeHang(round, c, caseIndex, roundNumber, reports);
            if (wrong != null) {
                return wrong;
            }
            List<String> running = reports.stream().filter(r -> r.state().equals("RUNNABLE"))
                    .map(ThreadReport::name).toList();
            String why = running.isEmpty()
                    ? "every thread left is waiting and nothing will wake it (a lost wake-up, a missed signal, a wrong condition?)"
                    : "thread " + String.join(", ", running) + " keeps running without printing "
                    + "(an endless loop, or a spin on a value that never changes?)";
            String message = frozenNanos > 0
                    ? String.format("no progress for %d ms, and none can come: every thread left is waiting and "
                    + "no thread is left to wake it (a lost wake-up, a missed signal, a wrong condition?)",
                    TimeUnit.NANOSECONDS.toMillis(frozenNanos))
                    : String.format("no progress for %d ms: %s", config.stallMillis(), why);
            return tle(new Failure(c.input(), null, round.log().joined(), message, caseIndex, roundNumber, NAME,
                    reports, List.of()));
        }

        /** The wrong answer the events of a round that did not finish already show, or null. */
        private Fail wrongBeforeHang(StressRound round, C c, int caseIndex, int roundNumber,
                                     List<ThreadReport> reports) {
            return problem.checkUnfinished(c, round.log())
                    .map(v -> new Fail(Verdict.WRONG_ANSWER, new Failure(c.input(), v.expected(), v.actual(),
                            v.message() + " (and then the round hung)", caseIndex, roundNumber, NAME, reports,
                            List.of())))
                    .orElse(null);
        }

        private Fail crashFailure(String input, int caseIndex, int roundNumber, String actual, String who,
                                     Throwable error) {
            List<String> stack = new ArrayList<>();
            for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
                stack.add((t == error ? "" : "caused by: ") + t);
                List<String> frames = threads.trim(t.getStackTrace());
                frames.stream().limit(MAX_FRAMES).forEach(f -> stack.add("    at " + f));
                if (frames.size() > MAX_FRAMES) {
                    stack.add("    ... " + (frames.size() - MAX_FRAMES) + " more frames");
                }
            }
            return new Fail(Verdict.RUNTIME_ERROR, new Failure(input, null, actual, who + " threw " + error,
                    caseIndex, roundNumber, NAME, List.of(), stack));
        }

        private Fail tle(Failure f) {
            return new Fail(Verdict.TIME_LIMIT_EXCEEDED, f);
        }

        private Result result(Verdict verdict, Failure failure) {
            List<String> notes = new ArrayList<>();
            long cpuMillis = TimeUnit.NANOSECONDS.toMillis(cpuOutside);
            if (cpuMillis > 100 && cpuOutside * 2 > wallOutside) {
                notes.add(String.format("busy-waiting: the solution's threads were on a CPU %d%% of the time they "
                        + "lived (%d ms of CPU outside the judge's delays); a blocking wait would free those cores",
                        100 * cpuOutside / Math.max(1, wallOutside), cpuMillis));
            }
            return new Result(problem.info().slug(), verdict, config.seed(), roundsRun, casesRun,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), failure, outputs, notes);
        }
    }

    /** A failing round: its verdict and report. */
    private record Fail(Verdict verdict, Failure failure) {
    }

    /** A throwable caught from the constructor. */
    private record Thrown(Throwable error) {
    }

    /** A failure that needs the case's coordinates. */
    private interface FailureAt {
        Fail apply(String input, int caseIndex, int round);
    }

    private record Construction<S>(S solution, FailureAt failure) {
        static <S> Construction<S> failed(FailureAt f) {
            return new Construction<>(null, f);
        }
    }
}
