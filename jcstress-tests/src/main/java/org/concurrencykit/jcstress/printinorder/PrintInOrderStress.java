package org.concurrencykit.jcstress.printinorder;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.concurrencykit.problems.printinorder.AtomicIntegerPrintInOrder;
import org.concurrencykit.problems.printinorder.CompletableFuturePrintInOrder;
import org.concurrencykit.problems.printinorder.CountDownLatchPrintInOrder;
import org.concurrencykit.problems.printinorder.PrintInOrder;
import org.concurrencykit.problems.printinorder.ReentrantLockPrintInOrder;
import org.concurrencykit.problems.printinorder.SemaphorePrintInOrder;
import org.concurrencykit.problems.printinorder.SynchronizedPrintInOrder;
import org.concurrencykit.jcstress.user.UserSolution;
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

        $ java -jar jcstress-tests/target/jcstress.jar -t PrintInOrderStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'PrintInOrderStress\.SecondAndThird\.Semaphore' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Print in Order (LeetCode 1114): one instance is shared by three threads; one calls first(),
    one second(), one third(), started in any order. The callbacks must run first, second,
    third.

    Every test below gets a fresh solution instance per sample (the state, Run). The callbacks
    append their name to the state's log; the @Arbiter, which jcstress runs after all actors
    have finished, reports the log as the result, e.g. "first, second, third".

    jcstress refuses to run a test with more actors than the machine has CPUs, and our CI
    machines have 2. So every reference solution gets three tests:

      SecondAndThird  first() runs in the state's constructor; two actors race second()
                      against third(). Checks that third() waits for second().
      FirstAndSecond  two actors race first() against second(); third() is never called.
                      Checks that second() waits for first().
      AllThree        three actors, first(), second() and third(): the problem as stated.
                      Needs 3 CPUs; jcstress skips it on 2, and the gate says so.

    The tests of one shape differ only in the solution their constructor builds; their
    outcomes are declared once, on the shape's class, and shared through @JCStressMeta.
    A result not listed falls to the default outcome, also FORBIDDEN: a callback that never
    ran or ran twice, or an actor that was interrupted (its name is logged as "interrupted").

    A correct solution shows only the ACCEPTABLE outcome. Every other outcome is FORBIDDEN:
    one sample of it fails the test, and the gate fails the build.
 */
public final class PrintInOrderStress {
    private PrintInOrderStress() {
    }

    /**
     * One run of a Print in Order solution: the instance under test and the names of the
     * callbacks it ran, in the order they ran. Any {@link PrintInOrder} works, including one
     * loaded from a user's class.
     */
    @State
    public abstract static class Run {
        /** The solution under test, shared by all actors of this sample. */
        private final PrintInOrder solution;
        /** Callback names in the order the callbacks ran; lock-free, so it adds no lock. */
        private final Queue<String> log = new ConcurrentLinkedQueue<>();

        protected Run(PrintInOrder solution) {
            this.solution = Objects.requireNonNull(solution, "solution");
        }

        /** Calls {@code first()}; its callback logs "first". */
        protected final void callFirst() {
            try {
                solution.first(() -> log.add("first"));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Calls {@code second()}; its callback logs "second". */
        protected final void callSecond() {
            try {
                solution.second(() -> log.add("second"));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Calls {@code third()}; its callback logs "third". */
        protected final void callThird() {
            try {
                solution.third(() -> log.add("third"));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Reports the log, e.g. "first, second, third". Call only after all actors finished. */
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

        SecondAndThird: first() has run in the constructor, so second() may go at once and
        third() must wait for it.

          "first, second, third"   ACCEPTABLE  third() waited for second().
          "first, third, second"   FORBIDDEN   third() did not wait for second().
          ".*interrupted.*"        FORBIDDEN   an actor got InterruptedException; jcstress never
                                               interrupts actors, so the solution caused it.
          anything else            FORBIDDEN   a callback is missing or ran twice.
     */
    @Outcome(id = "first, second, third", expect = ACCEPTABLE, desc = "third() waited for second().")
    @Outcome(id = "first, third, second", expect = FORBIDDEN, desc = "third() did not wait for second().")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "An actor was interrupted.")
    @Outcome(expect = FORBIDDEN, desc = "A callback is missing or ran twice.")
    public static final class SecondAndThird {
        private SecondAndThird() {
        }

        @JCStressTest
        @JCStressMeta(SecondAndThird.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedPrintInOrder());
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(SecondAndThird.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockPrintInOrder());
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(SecondAndThird.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphorePrintInOrder());
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(SecondAndThird.class)
        @State
        public static class CountDownLatch extends Run {
            public CountDownLatch() {
                super(new CountDownLatchPrintInOrder());
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(SecondAndThird.class)
        @State
        public static class CompletableFuture extends Run {
            public CompletableFuture() {
                super(new CompletableFuturePrintInOrder());
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(SecondAndThird.class)
        @State
        public static class AtomicInteger extends Run {
            public AtomicInteger() {
                super(new AtomicIntegerPrintInOrder());
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(SecondAndThird.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(PrintInOrder.class, List.of()));
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }
    }

    /*
      ------------------------------------------------------------------------------------------

        FirstAndSecond: first() and second() race; second() must wait for first(). third() is
        never called, so a correct log has two names.

          "first, second"          ACCEPTABLE  second() waited for first().
          "second, first"          FORBIDDEN   second() did not wait for first().
          ".*interrupted.*"        FORBIDDEN   an actor was interrupted (see above).
          anything else            FORBIDDEN   a callback is missing or ran twice.
     */
    @Outcome(id = "first, second", expect = ACCEPTABLE, desc = "second() waited for first().")
    @Outcome(id = "second, first", expect = FORBIDDEN, desc = "second() did not wait for first().")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "An actor was interrupted.")
    @Outcome(expect = FORBIDDEN, desc = "A callback is missing or ran twice.")
    public static final class FirstAndSecond {
        private FirstAndSecond() {
        }

        @JCStressTest
        @JCStressMeta(FirstAndSecond.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedPrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(FirstAndSecond.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockPrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(FirstAndSecond.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphorePrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(FirstAndSecond.class)
        @State
        public static class CountDownLatch extends Run {
            public CountDownLatch() {
                super(new CountDownLatchPrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(FirstAndSecond.class)
        @State
        public static class CompletableFuture extends Run {
            public CompletableFuture() {
                super(new CompletableFuturePrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(FirstAndSecond.class)
        @State
        public static class AtomicInteger extends Run {
            public AtomicInteger() {
                super(new AtomicIntegerPrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(FirstAndSecond.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(PrintInOrder.class, List.of()));
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }
    }

    /*
      ------------------------------------------------------------------------------------------

        AllThree: the problem as stated, three actors. jcstress runs these only on machines
        with 3 CPUs or more; on 2 CPUs the gate lists them as skipped.

          "first, second, third"   ACCEPTABLE  the callbacks ran in order.
          "first, third, second"   FORBIDDEN   third() did not wait for second().
          "second, first, third"   FORBIDDEN   second() did not wait for first().
          "second, third, first"   FORBIDDEN   second() and third() did not wait for first().
          "third, first, second"   FORBIDDEN   third() ran before first() and second().
          "third, second, first"   FORBIDDEN   the callbacks ran in reverse order.
          ".*interrupted.*"        FORBIDDEN   an actor was interrupted (see above).
          anything else            FORBIDDEN   a callback is missing or ran twice.
     */
    @Outcome(id = "first, second, third", expect = ACCEPTABLE, desc = "The callbacks ran in order.")
    @Outcome(id = "first, third, second", expect = FORBIDDEN, desc = "third() did not wait for second().")
    @Outcome(id = "second, first, third", expect = FORBIDDEN, desc = "second() did not wait for first().")
    @Outcome(id = "second, third, first", expect = FORBIDDEN, desc = "second() and third() did not wait for first().")
    @Outcome(id = "third, first, second", expect = FORBIDDEN, desc = "third() ran before first() and second().")
    @Outcome(id = "third, second, first", expect = FORBIDDEN, desc = "The callbacks ran in reverse order.")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "An actor was interrupted.")
    @Outcome(expect = FORBIDDEN, desc = "A callback is missing or ran twice.")
    public static final class AllThree {
        private AllThree() {
        }

        @JCStressTest
        @JCStressMeta(AllThree.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedPrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
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
                super(new ReentrantLockPrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
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
                super(new SemaphorePrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(AllThree.class)
        @State
        public static class CountDownLatch extends Run {
            public CountDownLatch() {
                super(new CountDownLatchPrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(AllThree.class)
        @State
        public static class CompletableFuture extends Run {
            public CompletableFuture() {
                super(new CompletableFuturePrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(AllThree.class)
        @State
        public static class AtomicInteger extends Run {
            public AtomicInteger() {
                super(new AtomicIntegerPrintInOrder());
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
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
                super(UserSolution.create(PrintInOrder.class, List.of()));
            }

            @Actor
            public void first() {
                callFirst();
            }

            @Actor
            public void second() {
                callSecond();
            }

            @Actor
            public void third() {
                callThird();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }
    }
}
