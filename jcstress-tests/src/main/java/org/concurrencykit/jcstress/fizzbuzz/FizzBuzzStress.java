package org.concurrencykit.jcstress.fizzbuzz;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.fizzbuzz.AtomicIntegerFizzBuzz;
import org.concurrencykit.problems.fizzbuzz.PhaserFizzBuzz;
import org.concurrencykit.problems.fizzbuzz.PrintFizzBuzz;
import org.concurrencykit.problems.fizzbuzz.ReentrantLockFizzBuzz;
import org.concurrencykit.problems.fizzbuzz.SemaphoreFizzBuzz;
import org.concurrencykit.problems.fizzbuzz.SynchronizedFizzBuzz;
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

        $ java -jar jcstress-tests/target/jcstress.jar -t FizzBuzzStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'FizzBuzzStress\.NumberAndFizz\.Semaphore' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Fizz Buzz Multithreaded (LeetCode 1195): one instance, built with n, is shared by four
    threads; one calls fizz(), one buzz(), one fizzbuzz(), one number(), started in any order.
    For each i from 1 to n, in order, exactly one of them prints: "fizzbuzz" for multiples of
    15, "fizz" for other multiples of 3, "buzz" for other multiples of 5, else number()
    prints i. Each method returns once its own outputs are printed, even if it has none.

    Every test below gets a fresh solution instance per sample (the state, Run). The callbacks
    append what they print to the state's log; the @Arbiter, which jcstress runs after all
    actors have finished, reports the log as the result, e.g. "1, 2, fizz, 4".

    jcstress refuses to run a test with more actors than the machine has CPUs, and our CI
    machines have 2. So every reference solution gets two tests:

      NumberAndFizz  n = 4, "1, 2, fizz, 4": the smallest n where two threads must each wait
                     for the other. Two actors race number() against fizz(); buzz() and
                     fizzbuzz(), which have nothing to print for n = 4, are called in the
                     @Arbiter after both actors have returned, and must return at once
                     without printing. Checks that fizz() waits for 2 and that number()
                     waits for "fizz" before 4.
      AllFour        n = 15: four actors, the problem as stated, every thread printing.
                     Needs 4 CPUs; jcstress skips it on 2 and 3, and the gate says so.

    The tests of one shape differ only in the solution their constructor builds; their
    outcomes are declared once, on the shape's class, and shared through @JCStressMeta.
    A result not listed falls to the default outcome, also FORBIDDEN: an output that is
    missing, repeated or not due, or an actor that was interrupted (logged as "interrupted").

    A correct solution shows only the ACCEPTABLE outcome. Every other outcome is FORBIDDEN:
    one sample of it fails the test, and the gate fails the build.
 */
public final class FizzBuzzStress {
    private FizzBuzzStress() {
    }

    /**
     * One run of a FizzBuzz solution: the instance under test and what it printed, in the
     * order it was printed. Any {@link PrintFizzBuzz} works, including one loaded from a
     * user's class.
     */
    @State
    public abstract static class Run {
        /** The solution under test, shared by all actors of this sample. */
        private final PrintFizzBuzz solution;
        /** Outputs in the order they were printed; lock-free, so it adds no lock. */
        private final Queue<String> log = new ConcurrentLinkedQueue<>();

        protected Run(PrintFizzBuzz solution) {
            this.solution = Objects.requireNonNull(solution, "solution");
        }

        /** Calls {@code fizz()}; its callback logs "fizz". */
        protected final void callFizz() {
            try {
                solution.fizz(() -> log.add("fizz"));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Calls {@code buzz()}; its callback logs "buzz". */
        protected final void callBuzz() {
            try {
                solution.buzz(() -> log.add("buzz"));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Calls {@code fizzbuzz()}; its callback logs "fizzbuzz". */
        protected final void callFizzBuzz() {
            try {
                solution.fizzbuzz(() -> log.add("fizzbuzz"));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Calls {@code number()}; its callback logs the number. */
        protected final void callNumber() {
            try {
                solution.number(i -> log.add(Integer.toString(i)));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Reports the log, e.g. "1, 2, fizz, 4". Call only after all actors finished. */
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

        NumberAndFizz: n = 4, number() and fizz() race; buzz() and fizzbuzz() run in the
        @Arbiter once both have returned, and print nothing. Of the places "fizz" can take
        among 1, 2 and 4, one is right:

          "1, 2, fizz, 4"          ACCEPTABLE  fizz() waited for 2, number() waited for "fizz".
          "fizz, 1, 2, 4"          FORBIDDEN   fizz() printed before 1.
          "1, fizz, 2, 4"          FORBIDDEN   fizz() printed before 2.
          "1, 2, 4, fizz"          FORBIDDEN   number() printed 4 before "fizz".
          ".*interrupted.*"        FORBIDDEN   a method got InterruptedException; jcstress
                                               never interrupts actors, so the solution caused it.
          anything else            FORBIDDEN   an output is missing or repeated, or buzz() or
                                               fizzbuzz() printed although nothing is theirs.

        Nothing may block for good: number() prints the last value, so both actors can return,
        whether a method stops after its own last value or waits until the whole count is out;
        buzz() and fizzbuzz() in the @Arbiter find the count finished. A solution that gets it
        wrong can hang instead of failing; the gate's watchdog then fails the build.
     */
    @Outcome(id = "1, 2, fizz, 4", expect = ACCEPTABLE, desc = "fizz() waited for 2, number() waited for fizz.")
    @Outcome(id = "fizz, 1, 2, 4", expect = FORBIDDEN, desc = "fizz() printed before 1.")
    @Outcome(id = "1, fizz, 2, 4", expect = FORBIDDEN, desc = "fizz() printed before 2.")
    @Outcome(id = "1, 2, 4, fizz", expect = FORBIDDEN, desc = "number() printed 4 before fizz.")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "A method was interrupted.")
    @Outcome(expect = FORBIDDEN, desc = "An output is missing, repeated, or not due.")
    public static final class NumberAndFizz {
        /** The n every solution is built with: number() prints 1, 2, 4 and fizz() prints 3. */
        static final int N = 4;

        private NumberAndFizz() {
        }

        @JCStressTest
        @JCStressMeta(NumberAndFizz.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedFizzBuzz(N));
            }

            @Actor
            public void number() {
                callNumber();
            }

            @Actor
            public void fizz() {
                callFizz();
            }

            @Arbiter
            public void buzzAndFizzBuzzLast(L_Result r) {
                callBuzz();
                callFizzBuzz();
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(NumberAndFizz.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockFizzBuzz(N));
            }

            @Actor
            public void number() {
                callNumber();
            }

            @Actor
            public void fizz() {
                callFizz();
            }

            @Arbiter
            public void buzzAndFizzBuzzLast(L_Result r) {
                callBuzz();
                callFizzBuzz();
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(NumberAndFizz.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphoreFizzBuzz(N));
            }

            @Actor
            public void number() {
                callNumber();
            }

            @Actor
            public void fizz() {
                callFizz();
            }

            @Arbiter
            public void buzzAndFizzBuzzLast(L_Result r) {
                callBuzz();
                callFizzBuzz();
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(NumberAndFizz.class)
        @State
        public static class Phaser extends Run {
            public Phaser() {
                super(new PhaserFizzBuzz(N));
            }

            @Actor
            public void number() {
                callNumber();
            }

            @Actor
            public void fizz() {
                callFizz();
            }

            @Arbiter
            public void buzzAndFizzBuzzLast(L_Result r) {
                callBuzz();
                callFizzBuzz();
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(NumberAndFizz.class)
        @State
        public static class AtomicInteger extends Run {
            public AtomicInteger() {
                super(new AtomicIntegerFizzBuzz(N));
            }

            @Actor
            public void number() {
                callNumber();
            }

            @Actor
            public void fizz() {
                callFizz();
            }

            @Arbiter
            public void buzzAndFizzBuzzLast(L_Result r) {
                callBuzz();
                callFizzBuzz();
                reportOrder(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(NumberAndFizz.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(PrintFizzBuzz.class, List.of(int.class), N));
            }

            @Actor
            public void number() {
                callNumber();
            }

            @Actor
            public void fizz() {
                callFizz();
            }

            @Arbiter
            public void buzzAndFizzBuzzLast(L_Result r) {
                callBuzz();
                callFizzBuzz();
                reportOrder(r);
            }
        }
    }

    /*
      ------------------------------------------------------------------------------------------

        AllFour: n = 15, the problem as stated, four actors, each with something to print.
        jcstress runs these only on machines with 4 CPUs or more; on fewer the gate lists them
        as skipped.

          "1, 2, fizz, 4, buzz, fizz, 7, 8, fizz, buzz, 11, fizz, 13, 14, fizzbuzz"
                                   ACCEPTABLE  the count came out in order.
          ".*interrupted.*"        FORBIDDEN   a method was interrupted (see above).
          anything else            FORBIDDEN   a thread did not wait for its turn, or an output
                                               is missing, repeated, or not due.
     */
    @Outcome(id = "1, 2, fizz, 4, buzz, fizz, 7, 8, fizz, buzz, 11, fizz, 13, 14, fizzbuzz", expect = ACCEPTABLE,
            desc = "The count came out in order.")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "A method was interrupted.")
    @Outcome(expect = FORBIDDEN, desc = "Out of order, or an output missing, repeated, or not due.")
    public static final class AllFour {
        /** The n every solution is built with: the first n with a fizzbuzz. */
        static final int N = 15;

        private AllFour() {
        }

        @JCStressTest
        @JCStressMeta(AllFour.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedFizzBuzz(N));
            }

            @Actor
            public void fizz() {
                callFizz();
            }

            @Actor
            public void buzz() {
                callBuzz();
            }

            @Actor
            public void fizzbuzz() {
                callFizzBuzz();
            }

            @Actor
            public void number() {
                callNumber();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(AllFour.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockFizzBuzz(N));
            }

            @Actor
            public void fizz() {
                callFizz();
            }

            @Actor
            public void buzz() {
                callBuzz();
            }

            @Actor
            public void fizzbuzz() {
                callFizzBuzz();
            }

            @Actor
            public void number() {
                callNumber();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(AllFour.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphoreFizzBuzz(N));
            }

            @Actor
            public void fizz() {
                callFizz();
            }

            @Actor
            public void buzz() {
                callBuzz();
            }

            @Actor
            public void fizzbuzz() {
                callFizzBuzz();
            }

            @Actor
            public void number() {
                callNumber();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(AllFour.class)
        @State
        public static class Phaser extends Run {
            public Phaser() {
                super(new PhaserFizzBuzz(N));
            }

            @Actor
            public void fizz() {
                callFizz();
            }

            @Actor
            public void buzz() {
                callBuzz();
            }

            @Actor
            public void fizzbuzz() {
                callFizzBuzz();
            }

            @Actor
            public void number() {
                callNumber();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        @JCStressTest
        @JCStressMeta(AllFour.class)
        @State
        public static class AtomicInteger extends Run {
            public AtomicInteger() {
                super(new AtomicIntegerFizzBuzz(N));
            }

            @Actor
            public void fizz() {
                callFizz();
            }

            @Actor
            public void buzz() {
                callBuzz();
            }

            @Actor
            public void fizzbuzz() {
                callFizzBuzz();
            }

            @Actor
            public void number() {
                callNumber();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
        @JCStressTest
        @JCStressMeta(AllFour.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(PrintFizzBuzz.class, List.of(int.class), N));
            }

            @Actor
            public void fizz() {
                callFizz();
            }

            @Actor
            public void buzz() {
                callBuzz();
            }

            @Actor
            public void fizzbuzz() {
                callFizzBuzz();
            }

            @Actor
            public void number() {
                callNumber();
            }

            @Arbiter
            public void order(L_Result r) {
                reportOrder(r);
            }
        }
    }
}
