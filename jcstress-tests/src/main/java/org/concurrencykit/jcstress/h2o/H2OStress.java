package org.concurrencykit.jcstress.h2o;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.h2o.BlockingQueueWaterMolecule;
import org.concurrencykit.problems.h2o.ReentrantLockWaterMolecule;
import org.concurrencykit.problems.h2o.SemaphoreWaterMolecule;
import org.concurrencykit.problems.h2o.SynchronizedWaterMolecule;
import org.concurrencykit.problems.h2o.WaterMolecule;
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

        $ java -jar jcstress-tests/target/jcstress.jar -t H2OStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'H2OStress\.NextMolecule\.Semaphore' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Building H2O (LeetCode 1117): one instance is shared by one thread per atom; hydrogen
    threads call hydrogen(), oxygen threads oxygen(), once each, in any order. Each call runs
    its release callback once. Cut into groups of three, the releases must be two "H" and one
    "O" each, and every release of a molecule comes before any release of the next one.

    Every test below gets a fresh solution instance per sample (the state, Run). The release
    callbacks append "H" or "O" to the state's log; the @Arbiter, which jcstress runs after
    all actors have finished, reports the log as the result, e.g. "H, H, O, H".

    jcstress refuses to run a test with more actors than the machine has CPUs, and our CI
    machines have 2. So every reference solution gets two tests:

      NextMolecule  the state's constructor calls hydrogen() twice: the first molecule's
                    hydrogens, which in every reference solution take the two free places
                    and release at once. Two actors then race that molecule's oxygen()
                    against a hydrogen() of the next molecule, which must wait until the
                    whole first molecule, oxygen included, has released. The next molecule
                    is never completed; nothing waits for it.
      TwoMolecules  three actors, hydrogen() twice, hydrogen() twice and oxygen() twice: two
                    whole molecules, with no call in a constructor or @Arbiter. Needs 3 CPUs;
                    jcstress skips it on 2, and the gate says so.

    NextMolecule relies on a hydrogen with a free place releasing without waiting for its
    partners, as all the references do. A solution whose atoms meet at a barrier before
    releasing (also correct) blocks forever in that constructor, so jcstress hangs there
    instead of failing: test such a solution with TwoMolecules, which fits any correct one.

    The tests of one shape differ only in the solution their constructor builds; their
    outcomes are declared once, on the shape's class, and shared through @JCStressMeta.
    A result not listed falls to the default outcome, also FORBIDDEN: a release that is
    missing or repeated, or an actor that was interrupted (logged as "interrupted").

    A correct solution shows only ACCEPTABLE outcomes. Every other outcome is FORBIDDEN: one
    sample of it fails the test, and the gate fails the build.
 */
public final class H2OStress {
    private H2OStress() {
    }

    /**
     * One run of a Building H2O solution: the instance under test and the atoms it released,
     * in the order they were released. Any {@link WaterMolecule} works, including one loaded
     * from a user's class.
     */
    @State
    public abstract static class Run {
        /** The solution under test, shared by all actors of this sample. */
        private final WaterMolecule solution;
        /** "H" and "O" in the order the atoms were released; lock-free, so it adds no lock. */
        private final Queue<String> log = new ConcurrentLinkedQueue<>();

        protected Run(WaterMolecule solution) {
            this.solution = Objects.requireNonNull(solution, "solution");
        }

        /** Calls {@code hydrogen()}; its release logs "H". */
        protected final void callHydrogen() {
            try {
                solution.hydrogen(() -> log.add("H"));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Calls {@code oxygen()}; its release logs "O". */
        protected final void callOxygen() {
            try {
                solution.oxygen(() -> log.add("O"));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Reports the log, e.g. "H, H, O, H". Call only after all actors finished. */
        protected final void reportOrder(L_Result r) {
            r.r1 = String.join(", ", log);
        }

        /** Harness code may wrap an interrupt: it restores the flag and logs it as an outcome. */
        private void interrupted() {
            Thread.currentThread().interrupt();
            log.add("interrupted");
        }
    }

    /*
      ------------------------------------------------------------------------------------------

        NextMolecule: "H, H" released in the constructor; then the first molecule's oxygen()
        and the next molecule's first hydrogen() race.

          "H, H, O, H"             ACCEPTABLE  the next molecule's hydrogen waited for the
                                               first molecule's oxygen.
          "H, H, H, O"             FORBIDDEN   it did not: a third H joined the first molecule,
                                               or the next molecule opened before the oxygen
                                               released.
          ".*interrupted.*"        FORBIDDEN   a call got InterruptedException; jcstress never
                                               interrupts actors, so the solution caused it.
          anything else            FORBIDDEN   a release is missing or ran twice.
     */
    @Outcome(id = "H, H, O, H", expect = ACCEPTABLE, desc = "The next molecule's H waited for this molecule's O.")
    @Outcome(id = "H, H, H, O", expect = FORBIDDEN, desc = "The next molecule's H released before this molecule's O.")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "A call was interrupted.")
    @Outcome(expect = FORBIDDEN, desc = "A release is missing or ran twice.")
    public static final class NextMolecule {
        private NextMolecule() {
        }

        @JCStressTest
        @JCStressMeta(NextMolecule.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedWaterMolecule());
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void oxygen() {
                callOxygen();
            }

            @Actor
            public void hydrogen() {
                callHydrogen();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(NextMolecule.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockWaterMolecule());
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void oxygen() {
                callOxygen();
            }

            @Actor
            public void hydrogen() {
                callHydrogen();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(NextMolecule.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphoreWaterMolecule());
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void oxygen() {
                callOxygen();
            }

            @Actor
            public void hydrogen() {
                callHydrogen();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(NextMolecule.class)
        @State
        public static class BlockingQueue extends Run {
            public BlockingQueue() {
                super(new BlockingQueueWaterMolecule());
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void oxygen() {
                callOxygen();
            }

            @Actor
            public void hydrogen() {
                callHydrogen();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(NextMolecule.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(WaterMolecule.class, List.of()));
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void oxygen() {
                callOxygen();
            }

            @Actor
            public void hydrogen() {
                callHydrogen();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }
    }

    /*
      ------------------------------------------------------------------------------------------

        TwoMolecules: three actors make two molecules, each calling its method twice in a
        row. Until both molecules are out, the calls in progress can always make one: two
        hydrogens from the two hydrogen actors (or both of one actor's, if its first returned)
        and the oxygen actor's. So no correct solution gets stuck, whether its hydrogens
        release at once or wait for their partners. Any order inside a molecule is correct:

          "(H, H, O|H, O, H|O, H, H), (H, H, O|H, O, H|O, H, H)"
                                   ACCEPTABLE  each group of three is two H and one O.
          ".*interrupted.*"        FORBIDDEN   a call was interrupted (see above).
          anything else            FORBIDDEN   a group of three is not two H and one O: the
                                               molecules mixed; or a release is missing or
                                               ran twice.
     */
    @Outcome(id = "(H, H, O|H, O, H|O, H, H), (H, H, O|H, O, H|O, H, H)", expect = ACCEPTABLE,
            desc = "Two molecules, each two H and one O.")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "A call was interrupted.")
    @Outcome(expect = FORBIDDEN, desc = "The molecules mixed, or a release is missing or ran twice.")
    public static final class TwoMolecules {
        private TwoMolecules() {
        }

        @JCStressTest
        @JCStressMeta(TwoMolecules.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedWaterMolecule());
            }

            @Actor
            public void hydrogenTwice() {
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void otherHydrogenTwice() {
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void oxygenTwice() {
                callOxygen();
                callOxygen();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(TwoMolecules.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockWaterMolecule());
            }

            @Actor
            public void hydrogenTwice() {
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void otherHydrogenTwice() {
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void oxygenTwice() {
                callOxygen();
                callOxygen();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(TwoMolecules.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphoreWaterMolecule());
            }

            @Actor
            public void hydrogenTwice() {
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void otherHydrogenTwice() {
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void oxygenTwice() {
                callOxygen();
                callOxygen();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(TwoMolecules.class)
        @State
        public static class BlockingQueue extends Run {
            public BlockingQueue() {
                super(new BlockingQueueWaterMolecule());
            }

            @Actor
            public void hydrogenTwice() {
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void otherHydrogenTwice() {
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void oxygenTwice() {
                callOxygen();
                callOxygen();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(TwoMolecules.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(WaterMolecule.class, List.of()));
            }

            @Actor
            public void hydrogenTwice() {
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void otherHydrogenTwice() {
                callHydrogen();
                callHydrogen();
            }

            @Actor
            public void oxygenTwice() {
                callOxygen();
                callOxygen();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }
    }
}
