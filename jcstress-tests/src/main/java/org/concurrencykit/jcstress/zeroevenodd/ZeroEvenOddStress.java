package org.concurrencykit.jcstress.zeroevenodd;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.zeroevenodd.BlockingQueueZeroEvenOdd;
import org.concurrencykit.problems.zeroevenodd.PrintZeroEvenOdd;
import org.concurrencykit.problems.zeroevenodd.ReentrantLockZeroEvenOdd;
import org.concurrencykit.problems.zeroevenodd.SemaphoreZeroEvenOdd;
import org.concurrencykit.problems.zeroevenodd.SynchronizedZeroEvenOdd;
import org.concurrencykit.problems.zeroevenodd.VolatileZeroEvenOdd;
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

        $ java -jar jcstress-tests/target/jcstress.jar -t ZeroEvenOddStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'ZeroEvenOddStress\.ZeroAndOdd\.Semaphore' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Print Zero Even Odd (LeetCode 1116): one instance, built with n, is shared by three
    threads; one calls zero(), one even(), one odd(), started in any order. Together they must
    print 0, 1, 0, 2, ..., 0, n: zero() prints every 0, odd() the odd numbers, even() the even
    ones, and each method returns once its own values are printed.

    Every test below gets a fresh solution instance per sample (the state, Run). Each method
    is given its own printNumber, which appends the value to the state's log, or "2 by odd()"
    if the value is not that method's to print; the @Arbiter, which jcstress runs after all
    actors have finished, reports the log as the result, e.g. "0, 1, 0, 2".

    jcstress refuses to run a test with more actors than the machine has CPUs, and our CI
    machines have 2. So every reference solution gets two tests:

      ZeroAndOdd  n = 2: two actors race zero() against odd(); even() runs in the @Arbiter,
                  after both have returned. Checks that odd() waits for zero's first 0, that
                  zero() waits for odd's 1 before its second 0, and that zero() then hands the
                  turn to even(), whose 2 comes last.
      AllThree    n = 4: three actors, zero(), odd() and even(): the problem as stated.
                  Needs 3 CPUs; jcstress skips it on 2, and the gate says so.

    The tests of one shape differ only in the solution their constructor builds; their
    outcomes are declared once, on the shape's class, and shared through @JCStressMeta.
    A result not listed falls to the default outcome, also FORBIDDEN: a value that is missing,
    printed twice or by the wrong method, or an actor that was interrupted (logged as
    "interrupted").

    A correct solution shows only the ACCEPTABLE outcome. Every other outcome is FORBIDDEN:
    one sample of it fails the test, and the gate fails the build.
 */
public final class ZeroEvenOddStress {
    private ZeroEvenOddStress() {
    }

    /**
     * One run of a Zero Even Odd solution: the instance under test and the values it printed,
     * in the order they were printed. Any {@link PrintZeroEvenOdd} works, including one loaded
     * from a user's class.
     */
    @State
    public abstract static class Run {
        /** The solution under test, shared by all actors of this sample. */
        private final PrintZeroEvenOdd solution;
        /** Printed values in the order they were printed; lock-free, so it adds no lock. */
        private final Queue<String> log = new ConcurrentLinkedQueue<>();

        protected Run(PrintZeroEvenOdd solution) {
            this.solution = Objects.requireNonNull(solution, "solution");
        }

        /** Calls {@code zero()}; it may print 0 only. */
        protected final void callZero() {
            try {
                solution.zero(printer("zero", v -> v == 0));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Calls {@code odd()}; it may print odd numbers only. */
        protected final void callOdd() {
            try {
                solution.odd(printer("odd", v -> v % 2 == 1));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Calls {@code even()}; it may print even numbers from 2 only. */
        protected final void callEven() {
            try {
                solution.even(printer("even", v -> v > 0 && v % 2 == 0));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Reports the log, e.g. "0, 1, 0, 2". Call only after all actors finished. */
        protected final void reportOrder(L_Result r) {
            r.r1 = String.join(", ", log);
        }

        /** A printNumber for {@code method}: logs a value it owns as is, any other as "v by method()". */
        private IntConsumer printer(String method, IntPredicate owns) {
            return v -> log.add(owns.test(v) ? Integer.toString(v) : v + " by " + method + "()");
        }

        /** Harness code may wrap an interrupt: it restores the flag and logs it as an outcome. */
        private void interrupted() {
            Thread.currentThread().interrupt();
            log.add("interrupted");
        }
    }

    /*
      ------------------------------------------------------------------------------------------

        ZeroAndOdd: n = 2, zero() and odd() race, and even() runs in the @Arbiter once both
        have returned. Of the orders of zero's two 0s and odd's 1, one is right; even's 2
        comes last in every sample, since even() runs after the actors.

          "0, 1, 0, 2"             ACCEPTABLE  odd() waited for the first 0, and zero() waited
                                               for the 1 before its second 0.
          "0, 0, 1, 2"             FORBIDDEN   zero() printed its second 0 before odd's 1.
          "1, 0, 0, 2"             FORBIDDEN   odd() printed before the first 0.
          ".*interrupted.*"        FORBIDDEN   a method got InterruptedException; jcstress
                                               never interrupts actors, so the solution caused it.
          anything else            FORBIDDEN   a value is missing, repeated, or printed by the
                                               wrong method ("2 by odd()").

        Nothing may block for good: odd() must return once its 1 is out, as the interface
        says, and even() in the @Arbiter finds the turn already its own. A solution whose
        methods all wait until the whole sequence is out (which is correct with three
        threads) blocks in odd() forever here, since even() only comes afterwards: jcstress
        hangs instead of failing, and the gate's watchdog fails the build. Test such a
        solution with AllThree.
     */
    @Outcome(id = "0, 1, 0, 2", expect = ACCEPTABLE, desc = "zero() and odd() took turns, zero first; even() last.")
    @Outcome(id = "0, 0, 1, 2", expect = FORBIDDEN, desc = "zero() printed its second 0 before odd's 1.")
    @Outcome(id = "1, 0, 0, 2", expect = FORBIDDEN, desc = "odd() printed before the first 0.")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "A method was interrupted.")
    @Outcome(expect = FORBIDDEN, desc = "A value is missing, repeated, or printed by the wrong method.")
    public static final class ZeroAndOdd {
        /** The n every solution is built with: zero() prints twice, odd() and even() once. */
        static final int N = 2;

        private ZeroAndOdd() {
        }

        @JCStressTest
        @JCStressMeta(ZeroAndOdd.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedZeroEvenOdd(N));
            }

            @Actor
            public void zero() {
                callZero();
            }

            @Actor
            public void odd() {
                callOdd();
            }

            @Arbiter
            public void evenLast(L_Result r) {
                callEven();
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(ZeroAndOdd.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockZeroEvenOdd(N));
            }

            @Actor
            public void zero() {
                callZero();
            }

            @Actor
            public void odd() {
                callOdd();
            }

            @Arbiter
            public void evenLast(L_Result r) {
                callEven();
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(ZeroAndOdd.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphoreZeroEvenOdd(N));
            }

            @Actor
            public void zero() {
                callZero();
            }

            @Actor
            public void odd() {
                callOdd();
            }

            @Arbiter
            public void evenLast(L_Result r) {
                callEven();
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(ZeroAndOdd.class)
        @State
        public static class BlockingQueue extends Run {
            public BlockingQueue() {
                super(new BlockingQueueZeroEvenOdd(N));
            }

            @Actor
            public void zero() {
                callZero();
            }

            @Actor
            public void odd() {
                callOdd();
            }

            @Arbiter
            public void evenLast(L_Result r) {
                callEven();
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(ZeroAndOdd.class)
        @State
        public static class Volatile extends Run {
            public Volatile() {
                super(new VolatileZeroEvenOdd(N));
            }

            @Actor
            public void zero() {
                callZero();
            }

            @Actor
            public void odd() {
                callOdd();
            }

            @Arbiter
            public void evenLast(L_Result r) {
                callEven();
                reportOrder(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(ZeroAndOdd.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(PrintZeroEvenOdd.class, List.of(int.class), N));
            }

            @Actor
            public void zero() {
                callZero();
            }

            @Actor
            public void odd() {
                callOdd();
            }

            @Arbiter
            public void evenLast(L_Result r) {
                callEven();
                reportOrder(r);
            }
        }
    }

    /*
      ------------------------------------------------------------------------------------------

        AllThree: n = 4, the problem as stated, three actors; every hand-over happens twice.
        jcstress runs these only on machines with 3 CPUs or more; on 2 CPUs the gate lists them
        as skipped.

          "0, 1, 0, 2, 0, 3, 0, 4" ACCEPTABLE  the values came out in order.
          ".*interrupted.*"        FORBIDDEN   a method was interrupted (see above).
          anything else            FORBIDDEN   a method did not wait for its turn, or a value is
                                               missing, repeated, or printed by the wrong method.
     */
    @Outcome(id = "0, 1, 0, 2, 0, 3, 0, 4", expect = ACCEPTABLE, desc = "The values came out in order.")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "A method was interrupted.")
    @Outcome(expect = FORBIDDEN, desc = "Out of order, or a value missing, repeated, or printed by the wrong method.")
    public static final class AllThree {
        /** The n every solution is built with: odd() and even() print twice each. */
        static final int N = 4;

        private AllThree() {
        }

        @JCStressTest
        @JCStressMeta(AllThree.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedZeroEvenOdd(N));
            }

            @Actor
            public void zero() {
                callZero();
            }

            @Actor
            public void odd() {
                callOdd();
            }

            @Actor
            public void even() {
                callEven();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(AllThree.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockZeroEvenOdd(N));
            }

            @Actor
            public void zero() {
                callZero();
            }

            @Actor
            public void odd() {
                callOdd();
            }

            @Actor
            public void even() {
                callEven();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(AllThree.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphoreZeroEvenOdd(N));
            }

            @Actor
            public void zero() {
                callZero();
            }

            @Actor
            public void odd() {
                callOdd();
            }

            @Actor
            public void even() {
                callEven();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(AllThree.class)
        @State
        public static class BlockingQueue extends Run {
            public BlockingQueue() {
                super(new BlockingQueueZeroEvenOdd(N));
            }

            @Actor
            public void zero() {
                callZero();
            }

            @Actor
            public void odd() {
                callOdd();
            }

            @Actor
            public void even() {
                callEven();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(AllThree.class)
        @State
        public static class Volatile extends Run {
            public Volatile() {
                super(new VolatileZeroEvenOdd(N));
            }

            @Actor
            public void zero() {
                callZero();
            }

            @Actor
            public void odd() {
                callOdd();
            }

            @Actor
            public void even() {
                callEven();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(AllThree.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(PrintZeroEvenOdd.class, List.of(int.class), N));
            }

            @Actor
            public void zero() {
                callZero();
            }

            @Actor
            public void odd() {
                callOdd();
            }

            @Actor
            public void even() {
                callEven();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }
    }
}
