package org.concurrencykit.jcstress.barrier;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.barrier.ReentrantLockReusableBarrier;
import org.concurrencykit.problems.barrier.ReusableBarrier;
import org.concurrencykit.problems.barrier.SemaphoreReusableBarrier;
import org.concurrencykit.problems.barrier.SynchronizedReusableBarrier;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressMeta;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.L_Result;

/*
    How to run these tests, from the repository root:

        $ ./mvnw -B -pl jcstress-tests verify
            builds jcstress-tests/target/jcstress.jar and runs every test through the gate,
            which fails the build on any forbidden outcome, error, or test that did not run.

        $ java -jar jcstress-tests/target/jcstress.jar -t ReusableBarrierStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'ReusableBarrierStress\.TwoPhases\.Semaphore' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Reusable Barrier (a classic): one instance, built for n parties, is shared by n threads;
    each runs phases 1, 2, ... and calls await() at the end of every phase. No thread may
    begin phase k+1 before every thread has finished phase k: nobody laps.

    Every test below gets a fresh barrier for two parties per sample (the state, Run). Two
    actors, A and B, each run two phases: log "A1" (or "B1"), await(), log "A2" (or "B2"),
    await(). The @Arbiter, which jcstress runs after both actors have finished, reports the
    log as the result, e.g. "A1, B1, B2, A2".

    Two actors fit our CI machines' 2 CPUs, and two phases are the least that use the barrier
    again: the second meeting is where a barrier that does not reset, or resets too early,
    goes wrong. Only the hand-written references are tested here; CyclicBarrier and Phaser
    are the JDK's own.

    The tests differ only in the solution their constructor builds; their outcomes are
    declared once, on TwoPhases, and shared through @JCStressMeta. A result not listed falls
    to the default outcome, also FORBIDDEN: a phase logged twice or not at all, or an actor
    that was interrupted (logged as "interrupted").

      "A1, B1, A2, B2"  "A1, B1, B2, A2"  "B1, A1, A2, B2"  "B1, A1, B2, A2"
                               ACCEPTABLE  both phase-1 entries before either phase-2 entry.
      "A1, A2, B1, B2"         FORBIDDEN   A's first await() returned before B called its
                                           first: A lapped B.
      "B1, B2, A1, A2"         FORBIDDEN   B lapped A.
      ".*interrupted.*"        FORBIDDEN   an actor got InterruptedException; jcstress never
                                           interrupts actors, so the solution caused it.
      anything else            FORBIDDEN   a phase is missing or logged twice.

    A correct solution shows only ACCEPTABLE outcomes. Every other outcome is FORBIDDEN: one
    sample of it fails the test, and the gate fails the build. A barrier that never opens
    again (a count never reset) hangs its sample instead, which jcstress reports as an error.
 */
public final class ReusableBarrierStress {
    private ReusableBarrierStress() {
    }

    /**
     * One run of a Reusable Barrier solution for two parties: the instance under test and the
     * phases the actors logged, in the order they logged them. Any {@link ReusableBarrier}
     * works, including one loaded from a user's class.
     */
    @State
    public abstract static class Run {
        /** The solution under test, shared by both actors of this sample. */
        private final ReusableBarrier solution;
        /** "A1", "B1"... in the order logged; lock-free, so it adds no lock. */
        private final Queue<String> log = new ConcurrentLinkedQueue<>();

        protected Run(ReusableBarrier solution) {
            this.solution = Objects.requireNonNull(solution, "solution");
        }

        /** Runs two phases as {@code actor}: log, await(), log, await(). */
        protected final void twoPhases(String actor) {
            try {
                log.add(actor + "1");
                solution.await();
                log.add(actor + "2");
                solution.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.add("interrupted");
            }
        }

        /** Reports the log, e.g. "A1, B1, B2, A2". Call only after both actors finished. */
        protected final void reportOrder(L_Result r) {
            r.r1 = String.join(", ", log);
        }
    }

    /*
      ------------------------------------------------------------------------------------------

        TwoPhases: two parties, two phases each; the outcomes are listed above.
     */
    @Outcome(id = {"A1, B1, A2, B2", "A1, B1, B2, A2", "B1, A1, A2, B2", "B1, A1, B2, A2"}, expect = ACCEPTABLE,
            desc = "Both phase-1 entries came before either phase-2 entry.")
    @Outcome(id = "A1, A2, B1, B2", expect = FORBIDDEN, desc = "A lapped B: its first await() returned too early.")
    @Outcome(id = "B1, B2, A1, A2", expect = FORBIDDEN, desc = "B lapped A: its first await() returned too early.")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "An actor was interrupted.")
    @Outcome(expect = FORBIDDEN, desc = "A phase is missing or logged twice.")
    public static final class TwoPhases {
        private TwoPhases() {
        }

        @JCStressTest
        @JCStressMeta(TwoPhases.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedReusableBarrier(2));
            }

            @Actor
            public void a() {
                twoPhases("A");
            }

            @Actor
            public void b() {
                twoPhases("B");
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(TwoPhases.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockReusableBarrier(2));
            }

            @Actor
            public void a() {
                twoPhases("A");
            }

            @Actor
            public void b() {
                twoPhases("B");
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(TwoPhases.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphoreReusableBarrier(2));
            }

            @Actor
            public void a() {
                twoPhases("A");
            }

            @Actor
            public void b() {
                twoPhases("B");
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(TwoPhases.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(ReusableBarrier.class, List.of(int.class), 2));
            }

            @Actor
            public void a() {
                twoPhases("A");
            }

            @Actor
            public void b() {
                twoPhases("B");
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }
    }
}
