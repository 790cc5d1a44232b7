package org.concurrencykit.jcstress.foobar;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.concurrencykit.problems.foobar.BlockingQueueFooBar;
import org.concurrencykit.problems.foobar.CyclicBarrierFooBar;
import org.concurrencykit.problems.foobar.PrintFooBar;
import org.concurrencykit.problems.foobar.ReentrantLockFooBar;
import org.concurrencykit.problems.foobar.SemaphoreFooBar;
import org.concurrencykit.problems.foobar.SynchronizedFooBar;
import org.concurrencykit.problems.foobar.VolatileFooBar;
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

        $ java -jar jcstress-tests/target/jcstress.jar -t FooBarStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'FooBarStress\.Semaphore' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Print FooBar Alternately (LeetCode 1115): one instance, built with n, is shared by two
    threads; one calls foo(), the other bar(), started in either order. Each loops n times,
    and the callbacks must alternate, foo first: "foo, bar, foo, bar, ...".

    Every test below is two actors, foo() and bar(), on a fresh solution built with n = N = 2,
    the smallest n where each thread must wait for the other: bar for foo's first print, and
    foo's second print for bar's first. The callbacks append their name to the state's log
    (Run); the @Arbiter, which jcstress runs after both actors have finished, reports the log
    as the result.

    The tests differ only in the solution their constructor builds; their outcomes are
    declared once, on this class, and shared through @JCStressMeta. Of the six orders of two
    foos and two bars, one is right:

      "foo, bar, foo, bar"     ACCEPTABLE  foo and bar took turns, foo first.
      "foo, foo, bar, bar"     FORBIDDEN   foo ran again before bar: foo did not wait for bar.
      "foo, bar, bar, foo"     FORBIDDEN   bar ran again before foo: bar did not wait for foo.
      "bar, foo, bar, foo"     FORBIDDEN   bar ran first: the first bar did not wait for foo.
      "bar, foo, foo, bar"     FORBIDDEN   bar ran first, and foo then ran twice in a row.
      "bar, bar, foo, foo"     FORBIDDEN   bar ran first and twice: it never waited for foo.
      ".*interrupted.*"        FORBIDDEN   an actor got InterruptedException; jcstress never
                                           interrupts actors, so the solution caused it.
      anything else            FORBIDDEN   a callback is missing or ran too often.

    A correct solution shows only the ACCEPTABLE outcome. One sample of any other outcome
    fails the test, and the gate fails the build.
 */
@Outcome(id = "foo, bar, foo, bar", expect = ACCEPTABLE, desc = "foo and bar took turns, foo first.")
@Outcome(id = "foo, foo, bar, bar", expect = FORBIDDEN, desc = "foo ran again before bar.")
@Outcome(id = "foo, bar, bar, foo", expect = FORBIDDEN, desc = "bar ran again before foo.")
@Outcome(id = "bar, foo, bar, foo", expect = FORBIDDEN, desc = "bar ran first.")
@Outcome(id = "bar, foo, foo, bar", expect = FORBIDDEN, desc = "bar ran first, then foo twice in a row.")
@Outcome(id = "bar, bar, foo, foo", expect = FORBIDDEN, desc = "bar ran first and twice in a row.")
@Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "An actor was interrupted.")
@Outcome(expect = FORBIDDEN, desc = "A callback is missing or ran too often.")
public final class FooBarStress {
    /** The n every solution is built with. */
    static final int N = 2;

    private FooBarStress() {
    }

    /**
     * One run of a FooBar solution: the instance under test, built with {@link #N}, and the
     * names of the callbacks it ran, in the order they ran. Any {@link PrintFooBar} works,
     * including one loaded from a user's class.
     */
    @State
    public abstract static class Run {
        /** The solution under test, shared by both actors of this sample. */
        private final PrintFooBar solution;
        /** Callback names in the order the callbacks ran; lock-free, so it adds no lock. */
        private final Queue<String> log = new ConcurrentLinkedQueue<>();

        /** Takes a solution built with {@code n =} {@link #N}. */
        protected Run(PrintFooBar solution) {
            this.solution = Objects.requireNonNull(solution, "solution");
        }

        /** Calls {@code foo()}; its callback logs "foo". */
        protected final void callFoo() {
            try {
                solution.foo(() -> log.add("foo"));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Calls {@code bar()}; its callback logs "bar". */
        protected final void callBar() {
            try {
                solution.bar(() -> log.add("bar"));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Reports the log, e.g. "foo, bar, foo, bar". Call only after both actors finished. */
        protected final void reportOrder(L_Result r) {
            r.r1 = String.join(", ", log);
        }

        /** Harness code may wrap an interrupt: it restores the flag and logs it as an outcome. */
        private void interrupted() {
            Thread.currentThread().interrupt();
            log.add("interrupted");
        }
    }

    @JCStressTest
    @JCStressMeta(FooBarStress.class)
    @State
    public static class Synchronized extends Run {
        public Synchronized() {
            super(new SynchronizedFooBar(N));
        }

        @Actor
        public void foo() {
            callFoo();
        }

        @Actor
        public void bar() {
            callBar();
        }

        @Arbiter
        public void order(L_Result r) {
            reportOrder(r);
        }
    }

    @JCStressTest
    @JCStressMeta(FooBarStress.class)
    @State
    public static class ReentrantLock extends Run {
        public ReentrantLock() {
            super(new ReentrantLockFooBar(N));
        }

        @Actor
        public void foo() {
            callFoo();
        }

        @Actor
        public void bar() {
            callBar();
        }

        @Arbiter
        public void order(L_Result r) {
            reportOrder(r);
        }
    }

    @JCStressTest
    @JCStressMeta(FooBarStress.class)
    @State
    public static class Semaphore extends Run {
        public Semaphore() {
            super(new SemaphoreFooBar(N));
        }

        @Actor
        public void foo() {
            callFoo();
        }

        @Actor
        public void bar() {
            callBar();
        }

        @Arbiter
        public void order(L_Result r) {
            reportOrder(r);
        }
    }

    @JCStressTest
    @JCStressMeta(FooBarStress.class)
    @State
    public static class CyclicBarrier extends Run {
        public CyclicBarrier() {
            super(new CyclicBarrierFooBar(N));
        }

        @Actor
        public void foo() {
            callFoo();
        }

        @Actor
        public void bar() {
            callBar();
        }

        @Arbiter
        public void order(L_Result r) {
            reportOrder(r);
        }
    }

    @JCStressTest
    @JCStressMeta(FooBarStress.class)
    @State
    public static class BlockingQueue extends Run {
        public BlockingQueue() {
            super(new BlockingQueueFooBar(N));
        }

        @Actor
        public void foo() {
            callFoo();
        }

        @Actor
        public void bar() {
            callBar();
        }

        @Arbiter
        public void order(L_Result r) {
            reportOrder(r);
        }
    }

    @JCStressTest
    @JCStressMeta(FooBarStress.class)
    @State
    public static class Volatile extends Run {
        public Volatile() {
            super(new VolatileFooBar(N));
        }

        @Actor
        public void foo() {
            callFoo();
        }

        @Actor
        public void bar() {
            callBar();
        }

        @Arbiter
        public void order(L_Result r) {
            reportOrder(r);
        }
    }
    /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
    @JCStressTest
    @JCStressMeta(FooBarStress.class)
    @State
    public static class User extends Run {
        public User() {
            super(UserSolution.create(PrintFooBar.class, List.of(int.class), N));
        }

        @Actor
        public void foo() {
            callFoo();
        }

        @Actor
        public void bar() {
            callBar();
        }

        @Arbiter
        public void order(L_Result r) {
            reportOrder(r);
        }
    }
}
