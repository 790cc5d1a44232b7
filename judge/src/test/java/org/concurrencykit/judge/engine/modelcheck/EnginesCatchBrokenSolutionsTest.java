package org.concurrencykit.judge.engine.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.concurrencykit.judge.engine.StressConfig;
import org.concurrencykit.judge.engine.StressEngine;
import org.concurrencykit.judge.report.Json;
import org.concurrencykit.problems.spi.SolutionFactory;
import org.concurrencykit.judge.verdict.Failure;
import org.concurrencykit.judge.verdict.Result;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.Problems;
import org.concurrencykit.problems.spi.TestCase;
import org.concurrencykit.problems.spi.Verdict;
import org.concurrencykit.problems.testing.BrokenCatalog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Which engine catches which known-broken solution, as a table, and a check that each
 * engine listed for a solution does catch it with its declared verdict, on its own. The two
 * engines complement each other: Lincheck treats {@code notify()} as {@code notifyAll()},
 * so a wrong {@code notify} is stress's to find; the model checker finds an interleaving
 * however rare it is, and shows it. Every reference solution passes the model checker too
 * ({@link ModelCheckedReferences}; {@code ReferenceSolutionsTest} runs them under stress).
 *
 * <p>A new broken solution needs a row here: the test fails until it has one. Tagged
 * {@code lincheck}: it runs in a JVM of its own, since Lincheck re-transforms classes.
 */
@Tag("lincheck")
class EnginesCatchBrokenSolutionsTest {
    /** The engines of the table. */
    enum Engine { STRESS, MODELCHECK }

    private static final Set<Engine> BOTH = EnumSet.allOf(Engine.class);
    private static final Set<Engine> STRESS_ONLY = EnumSet.of(Engine.STRESS);
    private static final String NOTIFY = "Lincheck treats notify() as notifyAll(), so the wrong waiter is never the one woken";
    /**
     * Measured: 0 of 4000 interleavings of water = "OOHHHH" (and "HHOHHO") reached the
     * failure. With six threads the exploration spends its interleavings on the orders the
     * threads run in without preemption; these need an oxygen preempted between freeing the
     * slots and its release while the next molecule's atoms run.
     */
    private static final String CRAWLER = "the model checker is not enabled for the web crawler";
    private static final String OWN_THREADS = "the verification queue's referees are threads the solution starts, "
            + "which the model checker cannot schedule; it is not enabled for the problem";
    private static final String POOL_THREADS = "the thread pool's workers are threads the solution starts, which the "
            + "model checker cannot schedule; it is not enabled for the problem";
    private static final String TIMED = "a timed wait's timeout is real time, which the model checker does not "
            + "model: its small cases make no timed calls";
    /**
     * Measured on a quiet machine: the model checker's first failing interleaving of these is
     * a hang in another order of the threads (TIME_LIMIT_EXCEEDED), while stress reports the
     * wrong answer it reaches first. Both are real; a judgement reports stress's.
     */
    private static final String HANG_FIRST = "the model checker reaches a hang of it before the wrong answer stress "
            + "reports; a judgement gives stress's verdict";
    /**
     * Measured (load about 8 on 2 cores): under the model checker, explorations of the
     * references made no interleaving in their 40 s budget (the TryLock one backs off with
     * timed waits), and the exploration left behind kept the JVM's later ones from starting.
     */
    private static final String BANK = "the model checker is not enabled for bank transfers: the timed tryLock of its "
            + "references does not progress under it";
    private static final String READ_WRITE_LOCK = "the model checker is not enabled for the read-write lock: "
            + "measured, its references did not get through 250 interleavings of a small case in its 40 s budget, "
            + "and starvation and sharing show only in a stream, whose relay watches thread states and time";
    private static final String EVENT = "the model checker is not enabled for the event: its rounds start a call "
            + "only once the waiter before it is blocked, which they read from thread states the model checker "
            + "does not model";
    private static final String SIX_THREADS = "needs one atom preempted while five other threads run; "
            + "the model checker's bounded exploration of six threads does not reach it";

    /** Broken solution (simple name) to the engines that must catch it, and why when not both. */
    private static final Map<String, Row> TABLE = new TreeMap<>(Map.ofEntries(
            row("BrokenIfInsteadOfWhilePrintInOrder", BOTH, ""),
            row("BrokenNotifyInsteadOfNotifyAllPrintInOrder", STRESS_ONLY, NOTIFY),
            row("BrokenNotifyOutsideSynchronizedPrintInOrder", BOTH, ""),
            row("BrokenSignalBeforePrintPrintInOrder", BOTH, ""),
            row("BrokenSleepOrderingPrintInOrder", BOTH, ""),
            row("BrokenUnsynchronizedPrintInOrder", BOTH, ""),
            row("BrokenWaitWithoutConditionPrintInOrder", BOTH, ""),
            row("BrokenLockOrderDeadlockFooBar", BOTH, ""),
            row("BrokenMutexOnlyFooBar", BOTH, ""),
            row("BrokenOffByOneFooBar", BOTH, ""),
            row("BrokenSleepOrderingFooBar", BOTH, ""),
            row("BrokenUnsynchronizedFooBar", BOTH, ""),
            row("BrokenIfInsteadOfWhileZeroEvenOdd", BOTH, ""),
            row("BrokenNotifyInsteadOfNotifyAllZeroEvenOdd", STRESS_ONLY, NOTIFY),
            row("BrokenOffByOneZeroEvenOdd", BOTH, ""),
            row("BrokenSignalBeforePrintZeroEvenOdd", BOTH, ""),
            row("BrokenSleepOrderingZeroEvenOdd", BOTH, ""),
            row("BrokenUnsynchronizedZeroEvenOdd", BOTH, ""),
            row("BrokenBarrierWithoutSlotsWaterMolecule", BOTH, ""),
            row("BrokenNextMoleculeOpenedBeforeOwnReleaseWaterMolecule", STRESS_ONLY, SIX_THREADS),
            row("BrokenNotifyInsteadOfNotifyAllWaterMolecule", STRESS_ONLY, NOTIFY),
            row("BrokenSlotFreedBeforeReleaseWaterMolecule", STRESS_ONLY, SIX_THREADS),
            row("BrokenSlotsWithoutGroupingWaterMolecule", BOTH, ""),
            row("BrokenUnsynchronizedWaterMolecule", BOTH, ""),
            row("BrokenDivisibilityOrderFizzBuzz", BOTH, ""),
            row("BrokenIfInsteadOfWhileFizzBuzz", BOTH, ""),
            row("BrokenNotifyInsteadOfNotifyAllFizzBuzz", STRESS_ONLY, NOTIFY),
            row("BrokenOffByOneFizzBuzz", BOTH, ""),
            row("BrokenSleepOrderingFizzBuzz", BOTH, ""),
            row("BrokenUnsynchronizedFizzBuzz", BOTH, ""),
            row("BrokenGlobalLockReleasedBetweenPicksDiningPhilosophers", BOTH, ""),
            row("BrokenLeftFirstDeadlockDiningPhilosophers", BOTH, ""),
            row("BrokenLockOnlyWhilePickingDiningPhilosophers", BOTH, ""),
            row("BrokenPutBeforeEatDiningPhilosophers", BOTH, ""),
            row("BrokenUnsynchronizedDiningPhilosophers", BOTH, ""),
            row("BrokenIfInsteadOfWhileBoundedQueue", BOTH, ""),
            row("BrokenIgnoresCapacityBoundedQueue", BOTH, ""),
            row("BrokenNotifyInsteadOfNotifyAllBoundedQueue", STRESS_ONLY, NOTIFY),
            row("BrokenCheckThenActBoundedQueue", BOTH, ""),
            row("BrokenAlwaysTurnsGreenIntersection", BOTH, ""),
            row("BrokenCrossOutsideLockIntersection", BOTH, ""),
            row("BrokenForgetsGreenRoadIntersection", BOTH, ""),
            row("BrokenUnsynchronizedIntersection", BOTH, ""),
            row("BrokenFollowsOtherHostsWebCrawler", STRESS_ONLY, CRAWLER),
            row("BrokenForgetsStartUrlWebCrawler", STRESS_ONLY, CRAWLER),
            row("BrokenPrefixHostWebCrawler", STRESS_ONLY, CRAWLER),
            row("BrokenReturnsBeforeTasksFinishWebCrawler", STRESS_ONLY, CRAWLER),
            row("BrokenSingleThreadedWebCrawler", STRESS_ONLY, CRAWLER),
            row("BrokenUnsynchronizedVisitedWebCrawler", STRESS_ONLY, CRAWLER),
            row("BrokenArgumentOrderDeadlockBankTransfers", STRESS_ONLY, BANK),
            row("BrokenCheckThenActBankTransfers", STRESS_ONLY, BANK),
            row("BrokenTryLockGivesUpBankTransfers", STRESS_ONLY, BANK),
            row("BrokenUnsynchronizedBankTransfers", STRESS_ONLY, BANK),
            row("BrokenBusyWaitRefereeVerificationQueue", STRESS_ONLY, OWN_THREADS),
            row("BrokenCloseReturnsEarlyVerificationQueue", STRESS_ONLY, OWN_THREADS),
            row("BrokenGlobalLockVerificationQueue", STRESS_ONLY, OWN_THREADS),
            row("BrokenNeverEndingRefereeVerificationQueue", STRESS_ONLY, OWN_THREADS),
            row("BrokenStopsBeforeDrainedVerificationQueue", STRESS_ONLY, OWN_THREADS),
            row("BrokenUnguardedListVerificationQueue", STRESS_ONLY, OWN_THREADS),
            row("BrokenAwaitsEmptyQueueThreadPool", STRESS_ONLY, POOL_THREADS),
            row("BrokenShutdownDropsQueuedThreadPool", STRESS_ONLY, POOL_THREADS),
            row("BrokenThreadPerTaskThreadPool", STRESS_ONLY, POOL_THREADS),
            row("BrokenUnguardedListThreadPool", STRESS_ONLY, POOL_THREADS),
            row("BrokenWorkersLeftRunningThreadPool", STRESS_ONLY, POOL_THREADS),
            row("BrokenWorkersNeverEndThreadPool", STRESS_ONLY, POOL_THREADS),
            row("BrokenCountsBelowZeroLatch", BOTH, ""),
            row("BrokenGivesUpEarlyLatch", STRESS_ONLY, TIMED),
            row("BrokenIfInsteadOfWhileLatch", BOTH, ""),
            row("BrokenNotifyInsteadOfNotifyAllLatch", STRESS_ONLY, NOTIFY),
            row("BrokenCountResetRaceReusableBarrier", BOTH, ""),
            row("BrokenIfInsteadOfWhileReusableBarrier", STRESS_ONLY, HANG_FIRST),
            row("BrokenNeverResetsReusableBarrier", BOTH, ""),
            row("BrokenOffByOneReusableBarrier", BOTH, ""),
            row("BrokenOneTurnstileReusableBarrier", STRESS_ONLY, HANG_FIRST),
            row("BrokenCallbackRunTwicePromise", BOTH, ""),
            row("BrokenClaimedBeforePublishedPromise", BOTH, ""),
            row("BrokenLostCallbackPromise", BOTH, ""),
            row("BrokenNotifyInsteadOfNotifyAllPromise", STRESS_ONLY, NOTIFY),
            row("BrokenSecondCompleteOverwritesPromise", BOTH, ""),
            row("BrokenTimeoutInSecondsPromise", STRESS_ONLY, TIMED),
            row("BrokenIfInsteadOfWhileBarberShop", BOTH, ""),
            row("BrokenLeavesBeforeCutBarberShop", BOTH, ""),
            row("BrokenLostWakeUpBarberShop", BOTH, ""),
            row("BrokenUnlockedChairCheckBarberShop", BOTH, ""),
            row("BrokenPlainMutexReadWriteLock", STRESS_ONLY, READ_WRITE_LOCK),
            row("BrokenReaderPreferenceReadWriteLock", STRESS_ONLY, READ_WRITE_LOCK),
            row("BrokenStampedLockReadersBargeReadWriteLock", STRESS_ONLY, READ_WRITE_LOCK),
            row("BrokenUnlockReadWithoutNotifyReadWriteLock", STRESS_ONLY, READ_WRITE_LOCK),
            row("BrokenWriterIgnoresReadersReadWriteLock", STRESS_ONLY, READ_WRITE_LOCK),
            row("BrokenCloseDropsItemsBoundedBuffer", BOTH, ""),
            row("BrokenIfInsteadOfWhileBoundedBuffer", BOTH, ""),
            row("BrokenIgnoresCapacityBoundedBuffer", BOTH, ""),
            row("BrokenNotifyInsteadOfNotifyAllBoundedBuffer", STRESS_ONLY, NOTIFY),
            row("BrokenTakeIgnoresCloseBoundedBuffer", BOTH, ""),
            row("BrokenCheckThenActPot", STRESS_ONLY, HANG_FIRST),
            row("BrokenEverySavageWakesCookPot", BOTH, ""),
            row("BrokenIfInsteadOfWhilePot", STRESS_ONLY, HANG_FIRST),
            row("BrokenLostWakeUpPot", BOTH, ""),
            row("BrokenOrderNeverClearedPot", STRESS_ONLY, HANG_FIRST),
            row("BrokenClearLostWakeUpEvent", STRESS_ONLY, EVENT),
            row("BrokenIfInsteadOfWhileEvent", STRESS_ONLY, EVENT),
            row("BrokenMillisAsNanosEvent", STRESS_ONLY, EVENT),
            row("BrokenNeverTimesOutEvent", STRESS_ONLY, EVENT),
            row("BrokenNotifyInsteadOfNotifyAllEvent", STRESS_ONLY, EVENT),
            row("BrokenAtomicGetThenSetCounter", BOTH, ""),
            row("BrokenLockOnNewObjectCounter", BOTH, ""),
            row("BrokenPlainFieldCounter", BOTH, ""),
            row("BrokenVolatileFieldCounter", BOTH, "")));

    /** What each check found and how long it took, printed at the end (and kept in target/). */
    private static final Map<String, String> FOUND = new ConcurrentSkipListMap<>();

    record Row(Set<Engine> engines, String why) {
    }

    private static Map.Entry<String, Row> row(String name, Set<Engine> engines, String why) {
        return Map.entry(name, new Row(engines, why));
    }

    @BeforeAll
    static void logLincheckToTarget() {
        System.setProperty("lincheck.logFile", Path.of("target", "lincheck.log").toAbsolutePath().toString());
    }

    @Test
    void everyBrokenSolutionHasARowAndEveryRowABrokenSolution() {
        List<String> catalog = BrokenCatalog.all().stream().map(e -> e.type().getSimpleName()).sorted().toList();
        if (BrokenCatalog.filtered()) {
            assertThat(TABLE.keySet()).as("add a row to TABLE for each new broken solution").containsAll(catalog);
        } else {
            assertThat(TABLE.keySet()).as("add a row to TABLE for each new broken solution").containsExactlyElementsOf(catalog);
        }
    }

    @Test
    void onlyTheProblemsTheModelCheckerIsEnabledForExpectItToCatchAnything() {
        for (BrokenCatalog.Entry e : BrokenCatalog.all()) {
            if (!ModelCheckEngine.VALIDATED.contains(e.problem().info().slug())) {
                assertThat(TABLE.get(e.type().getSimpleName()).engines()).as(e.toString()).containsOnly(Engine.STRESS);
            }
        }
    }

    static Stream<Arguments> checks() {
        List<Arguments> args = new ArrayList<>();
        for (BrokenCatalog.Entry e : BrokenCatalog.all()) {
            Row row = TABLE.get(e.type().getSimpleName());
            if (row != null) {
                row.engines().forEach(engine -> args.add(Arguments.of(e, engine)));
            }
        }
        return args.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("checks")
    @Timeout(120)
    void isCaughtByEachEngineListedForIt(BrokenCatalog.Entry e, Engine engine) throws Exception {
        long seed = new SplittableRandom().nextLong() & Long.MAX_VALUE;
        long start = System.nanoTime();
        Result r = engine == Engine.STRESS ? stress(e.problem(), e.type(), seed) : modelCheck(e.problem(), e.type(), 0);
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        FOUND.put(e.type().getSimpleName() + " " + engine, String.format("%-20s %6d ms  %s%s", r.verdict(), millis,
                r.failure() == null ? "" : r.failure().input(), r.failure() == null || engine == Engine.STRESS ? ""
                        : "  (interleaving " + r.failure().round() + ")"));
        assertThat(r.verdict()).as("%s by %s, seed %d: %s", e, engine, seed,
                r.failure() == null ? r.notes() : Json.write(r.failure().toMap())).isEqualTo(e.broken().verdict());
        Failure f = r.failure();
        assertThat(f.engine()).isEqualTo(engine == Engine.STRESS ? StressEngine.NAME : ModelCheckEngine.NAME);
        if (engine == Engine.MODELCHECK) {
            assertThat(f.trace()).as("the interleaving").hasSizeGreaterThan(2);
            assertThat(f.trace()).allMatch(l -> ("  " + l).length() <= TraceRenderer.WIDTH, "fits 100 columns");
            assertThat(f.detail()).as("the raw trace").isNotEmpty();
        }
    }

    /** A second() that spins on a flag nobody sets: an endless loop, or to the model checker maybe a long one. */
    public static final class SpinningPrintInOrder implements org.concurrencykit.problems.printinorder.PrintInOrder {
        /** Never set. */
        private volatile boolean go;

        @Override
        public void first(Runnable printFirst) {
            printFirst.run();
        }

        @Override
        public void second(Runnable printSecond) {
            while (!go) {
                Thread.onSpinWait();
            }
            printSecond.run();
        }

        @Override
        public void third(Runnable printThird) {
            printThird.run();
        }
    }

    @Test
    @Timeout(120)
    void aThreadSpinningInItsOwnCodeIsANoteUntilStressConfirmsIt() throws Exception {
        Problem<?, ?> problem = Problems.find("print-in-order").orElseThrow();
        ModelCheckEngine.Report report = modelCheckReport(problem, SpinningPrintInOrder.class, 20);
        assertThat(report.result().verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(report.unconfirmed()).as("the possible hang, kept for stress to confirm").isNotNull();
        assertThat(report.unconfirmed().threads()).anySatisfy(t -> {
            assertThat(t.name()).isEqualTo("second");
            assertThat(t.state()).isEqualTo("RUNNABLE");
        });
        assertThat(report.result().notes()).anyMatch(n -> n.contains("thread second kept running its own code"));
    }

    /** Correct, but checks that it holds its monitor: under the model checker holdsLock answers false. */
    public static final class HoldsLockPrintInOrder implements org.concurrencykit.problems.printinorder.PrintInOrder {
        private int printed;

        @Override
        public synchronized void first(Runnable printFirst) {
            print(1, printFirst);
        }

        @Override
        public synchronized void second(Runnable printSecond) throws InterruptedException {
            while (printed < 1) {
                wait();
            }
            print(2, printSecond);
        }

        @Override
        public synchronized void third(Runnable printThird) throws InterruptedException {
            while (printed < 2) {
                wait();
            }
            print(3, printThird);
        }

        private void print(int n, Runnable callback) {
            if (!Thread.holdsLock(this)) {
                throw new IllegalStateException("print without the monitor");
            }
            callback.run();
            printed = n;
            notifyAll();
        }
    }

    @Test
    @Timeout(120)
    void aSolutionCallingHoldsLockIsLeftToStressWithANote() throws Exception {
        Problem<?, ?> problem = Problems.find("print-in-order").orElseThrow();
        ModelCheckEngine.Report report = modelCheckReport(problem, HoldsLockPrintInOrder.class, 20);
        assertThat(report.result().verdict()).isEqualTo(Verdict.ACCEPTED);
        assertThat(report.gaveUp()).as("why the model checker stopped").contains("Thread.holdsLock");
        assertThat(report.result().failure()).isNull();
    }

    @AfterAll
    static void writeWhatEachEngineFound() throws IOException {
        StringBuilder sb = new StringBuilder("broken solution / engine: verdict, time, failing case\n");
        FOUND.forEach((k, v) -> sb.append(String.format("%-58s %s%n", k, v)));
        System.out.print(sb);
        Files.writeString(Path.of("target", "engines-catch-broken-solutions.txt"), sb, StandardCharsets.UTF_8);
    }

    static <S, C extends TestCase> Result stress(Problem<S, C> problem, Class<?> type, long seed) throws Exception {
        StressConfig config = new StressConfig(seed, 0, 0, StressConfig.DEFAULT_STALL_MILLIS,
                StressConfig.DEFAULT_BUDGET_MILLIS, false, null, n -> n.startsWith(type.getName()));
        return new StressEngine(config, (i, in) -> { }).judge(problem,
                SolutionFactory.bind(type, problem.solutionType(), problem.constructorTypes()));
    }

    static Result modelCheck(Problem<?, ?> problem, Class<?> type, int invocations) throws Exception {
        return modelCheckReport(problem, type, invocations).result();
    }

    /** The model checker with a judgement's settings, or {@code invocations} per case when positive. */
    static <S, C extends TestCase> ModelCheckEngine.Report modelCheckReport(Problem<S, C> problem, Class<?> type,
                                                                           int invocations) throws Exception {
        ModelCheckConfig config = ModelCheckConfig.defaults(1, null, false);
        if (invocations > 0) {
            config = config.withInvocations(invocations);
        }
        List<Class<?>> classes = new ArrayList<>(List.of(type));
        classes.addAll(List.of(type.getDeclaredClasses()));
        return new ModelCheckEngine(config, (i, in) -> { }).judge(problem,
                SolutionFactory.bind(type, problem.solutionType(), problem.constructorTypes()), classes);
    }
}
