package org.concurrencykit.jcstress.diningsavages;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.diningsavages.BlockingQueuePot;
import org.concurrencykit.problems.diningsavages.Pot;
import org.concurrencykit.problems.diningsavages.SemaphorePot;
import org.concurrencykit.problems.diningsavages.SynchronizedPot;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressMeta;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.III_Result;

/*
    How to run these tests, from the repository root:

        $ ./mvnw -B -pl jcstress-tests verify
            builds jcstress-tests/target/jcstress.jar and runs every test through the gate,
            which fails the build on any forbidden outcome, error, or test that did not run.

        $ java -jar jcstress-tests/target/jcstress.jar -t DiningSavagesStress -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Dining Savages (a classic): savage threads call getServing(takeServing) once per meal, and
    the cook's thread calls cook(putServings) once per refill. The pot starts empty; a savage
    who finds it empty wakes the cook and waits; the cook refills only an empty pot, with
    exactly `servings` servings, and only after a savage found it empty.

    jcstress refuses to run a test with more actors than the machine has CPUs, and our CI
    machines have 2: one savage and one cook. Two savages racing for the last serving, or both
    waking the cook, are the judge's stress engine and model checker's to find. Here the pot
    holds SERVINGS = 2 servings and the cook refills it once:

      OneSavage   the cook actor calls cook(...) once; its putServings writes the servings into
                  a plain int field, `portions`. The savage actor calls getServing(...) twice;
                  its takeServing reads `portions` (r1, then r2) and takes one (portions - 1).
                  The @Arbiter, which jcstress runs after both actors have finished, reports
                  what is left (r3). The savage finds the pot empty, so he must wake the cook
                  (who may be still starting, or already asleep) and wait for the refill; the
                  refill must be visible to him, though `portions` is a plain field: only the
                  pot's synchronization orders putServings before takeServing. A lost wake-up
                  hangs the test; the gate's watchdog then fails the build.

          "2, 1, 0"     ACCEPTABLE  the savage waited for the refill, saw both servings, took both.
          "0, ..."      FORBIDDEN   he took a serving before the refill, or did not see it
                                    (no happens-before edge from putServings to takeServing).
          "2, 1, 2"     FORBIDDEN   the cook refilled twice (or at the end, into a full pot).
          anything else FORBIDDEN   a serving taken twice or not at all, or an actor interrupted
                                    (-1: jcstress never interrupts actors).

    The tests differ only in the pot their constructor builds (the ReentrantLock reference has
    the synchronized one's state, so it is left out to save CI time: each test costs the build
    about nine seconds); their outcomes are declared once, on OneSavage, and shared through
    @JCStressMeta. User runs the same race on a user's class (judge jcstress).
 */
public final class DiningSavagesStress {
    /** Servings a refill puts in the pot. */
    static final int SERVINGS = 2;

    private DiningSavagesStress() {
    }

    /** One pot under test and what the savage saw in it. */
    @State
    public abstract static class Feast {
        /** The solution under test. */
        private final Pot pot;
        /** The servings in the pot, by the callbacks; plain, so only the pot can make a refill visible. */
        private int portions;

        /** Takes a pot built with {@link #SERVINGS}. */
        protected Feast(Pot pot) {
            this.pot = Objects.requireNonNull(pot, "pot");
        }

        /** The cook's one refill: puts the servings in. */
        protected final void cookOnce() {
            try {
                pot.cook(() -> portions = SERVINGS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                portions = -1;
            }
        }

        /** The savage's two meals: what he saw in the pot each time (r1, r2). */
        protected final void eatTwice(III_Result r) {
            r.r1 = take();
            r.r2 = take();
        }

        private int take() {
            int[] seen = {-1};
            try {
                pot.getServing(() -> {
                    seen[0] = portions;
                    portions = seen[0] - 1;
                });
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return seen[0];
        }

        /** What is left in the pot (r3). Call only after both actors finished. */
        protected final void left(III_Result r) {
            r.r3 = portions;
        }
    }

    @Outcome(id = "2, 1, 0", expect = ACCEPTABLE, desc = "Waited for the refill, saw both servings, took both.")
    @Outcome(id = "0, .*", expect = FORBIDDEN, desc = "Took a serving before the refill, or did not see the refill.")
    @Outcome(id = "2, 1, 2", expect = FORBIDDEN, desc = "The cook refilled a pot that was not empty.")
    @Outcome(expect = FORBIDDEN, desc = "A serving taken twice or not at all, or an actor interrupted.")
    public static final class OneSavage {
        private OneSavage() {
        }

        @JCStressTest
        @JCStressMeta(OneSavage.class)
        @State
        public static class Semaphore extends Feast {
            public Semaphore() {
                super(new SemaphorePot(SERVINGS));
            }

            @Actor
            public void cook() {
                cookOnce();
            }

            @Actor
            public void savage(III_Result r) {
                eatTwice(r);
            }

            @Arbiter
            public void end(III_Result r) {
                left(r);
            }
        }

        @JCStressTest
        @JCStressMeta(OneSavage.class)
        @State
        public static class Synchronized extends Feast {
            public Synchronized() {
                super(new SynchronizedPot(SERVINGS));
            }

            @Actor
            public void cook() {
                cookOnce();
            }

            @Actor
            public void savage(III_Result r) {
                eatTwice(r);
            }

            @Arbiter
            public void end(III_Result r) {
                left(r);
            }
        }

        @JCStressTest
        @JCStressMeta(OneSavage.class)
        @State
        public static class BlockingQueue extends Feast {
            public BlockingQueue() {
                super(new BlockingQueuePot(SERVINGS));
            }

            @Actor
            public void cook() {
                cookOnce();
            }

            @Actor
            public void savage(III_Result r) {
                eatTwice(r);
            }

            @Arbiter
            public void end(III_Result r) {
                left(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution: {@code judge jcstress dining-savages Pot.java}. */
        @JCStressTest
        @JCStressMeta(OneSavage.class)
        @State
        public static class User extends Feast {
            public User() {
                super(UserSolution.create(Pot.class, List.of(int.class), SERVINGS));
            }

            @Actor
            public void cook() {
                cookOnce();
            }

            @Actor
            public void savage(III_Result r) {
                eatTwice(r);
            }

            @Arbiter
            public void end(III_Result r) {
                left(r);
            }
        }
    }
}
