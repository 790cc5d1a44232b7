package org.concurrencykit.jcstress.counter;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.counter.AtomicIntegerCounter;
import org.concurrencykit.problems.counter.Counter;
import org.concurrencykit.problems.counter.LongAdderCounter;
import org.concurrencykit.problems.counter.SynchronizedCounter;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressMeta;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.I_Result;

/*
    How to run these tests, from the repository root:

        $ ./mvnw -B -pl jcstress-tests verify
            builds jcstress-tests/target/jcstress.jar and runs every test through the gate,
            which fails the build on any forbidden outcome, error, or test that did not run.

        $ java -jar jcstress-tests/target/jcstress.jar -t CounterStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'CounterStress\.TwoIncrements\.LongAdder' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Race-Free Counter (a classic): one counter, starting at 0, is shared by threads that each
    call increment(); get() returns the count. No increment may be lost, whatever the
    interleaving.

    Every test below gets a fresh counter per sample (the state, Run). Two actors each call
    increment() once; the @Arbiter, which jcstress runs after both actors have finished (and
    which sees everything they did), reports get() as the result. This is the smallest race
    there is, and jcstress's own first example: count++ is a read, an add and a write, and if
    both actors read 0 before either writes, both write 1.

    The references differ in the primitive that makes the increment atomic: a monitor
    (Synchronized; ReentrantLock behaves the same and is left out, each test costs CI time), a
    compare-and-set or atomic add on one value (AtomicInteger), and atomic adds spread over
    cells that get() sums (LongAdder).

          2                  ACCEPTABLE  both increments counted.
          1                  FORBIDDEN   a lost update: both actors read 0, both wrote 1.
          anything else      FORBIDDEN   an increment counted twice, or none at all.

    A correct counter shows only the ACCEPTABLE outcome. Every other outcome is FORBIDDEN: one
    sample of it fails the test, and the gate fails the build. (A plain or volatile count++
    shows 1 within seconds here, the race jcstress's own APISample_01_Simple demonstrates.)
 */
public final class CounterStress {
    private CounterStress() {
    }

    /**
     * One run of a counter: the instance under test. Any {@link Counter} works, including one
     * loaded from a user's class.
     */
    @State
    public abstract static class Run {
        /** The counter under test, shared by both actors of this sample. */
        private final Counter counter;

        protected Run(Counter counter) {
            this.counter = Objects.requireNonNull(counter, "counter");
        }

        /** Calls {@code increment()}. */
        protected final void increment() {
            counter.increment();
        }

        /** Reports {@code get()}. Call only after all actors finished. */
        protected final void reportCount(I_Result r) {
            r.r1 = counter.get();
        }
    }

    @Outcome(id = "2", expect = ACCEPTABLE, desc = "Both increments counted.")
    @Outcome(id = "1", expect = FORBIDDEN, desc = "A lost update: both actors read 0 and wrote 1.")
    @Outcome(expect = FORBIDDEN, desc = "An increment counted twice, or none.")
    public static final class TwoIncrements {
        private TwoIncrements() {
        }

        @JCStressTest
        @JCStressMeta(TwoIncrements.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedCounter());
            }

            @Actor
            public void first() {
                increment();
            }

            @Actor
            public void second() {
                increment();
            }

            @Arbiter
            public void count(I_Result r) {
                reportCount(r);
            }
        }

        @JCStressTest
        @JCStressMeta(TwoIncrements.class)
        @State
        public static class AtomicInteger extends Run {
            public AtomicInteger() {
                super(new AtomicIntegerCounter());
            }

            @Actor
            public void first() {
                increment();
            }

            @Actor
            public void second() {
                increment();
            }

            @Arbiter
            public void count(I_Result r) {
                reportCount(r);
            }
        }

        @JCStressTest
        @JCStressMeta(TwoIncrements.class)
        @State
        public static class LongAdder extends Run {
            public LongAdder() {
                super(new LongAdderCounter());
            }

            @Actor
            public void first() {
                increment();
            }

            @Actor
            public void second() {
                increment();
            }

            @Arbiter
            public void count(I_Result r) {
                reportCount(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(TwoIncrements.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(Counter.class, List.of()));
            }

            @Actor
            public void first() {
                increment();
            }

            @Actor
            public void second() {
                increment();
            }

            @Arbiter
            public void count(I_Result r) {
                reportCount(r);
            }
        }
    }
}
