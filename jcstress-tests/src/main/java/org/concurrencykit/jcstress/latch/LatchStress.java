package org.concurrencykit.jcstress.latch;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.latch.CompletableFutureLatch;
import org.concurrencykit.problems.latch.OneShotLatch;
import org.concurrencykit.problems.latch.ReentrantLockLatch;
import org.concurrencykit.problems.latch.SemaphoreLatch;
import org.concurrencykit.problems.latch.SynchronizedLatch;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.Arbiter;
import org.openjdk.jcstress.annotations.JCStressMeta;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;
import org.openjdk.jcstress.infra.results.I_Result;

/*
    How to run these tests, from the repository root:

        $ ./mvnw -B -pl jcstress-tests verify
            builds jcstress-tests/target/jcstress.jar and runs every test through the gate.

        $ java -jar jcstress-tests/target/jcstress.jar -t LatchStress -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Countdown Latch (classic): countDown() lowers the count, await() blocks until it is 0,
    await(timeout) gives up after the timeout. A timed await with a timeout of 0 never blocks:
    it says whether the latch is open at that moment, which lets two actors race without ever
    waiting for each other.

      Visibility      count 1. One actor writes a plain field, then counts down; the other
                      polls the latch with await(0) and, if it is open, reads the field. The
                      latch must carry the write: the count-down happens-before the await
                      that sees the latch open.

                        "0, 0", "0, 1"  ACCEPTABLE  the latch was still closed when polled.
                        "1, 1"          ACCEPTABLE  open, and the write is visible.
                        "1, 0"          FORBIDDEN   open, but the write before countDown() is not
                                                    visible: no happens-before edge.

      TwoCountDowns   count 2. Both actors count down at once; the arbiter then polls the latch.
                      Neither count-down may be lost (a read-modify-write race on the count).

                        "1"             ACCEPTABLE  open after two count-downs.
                        "0"             FORBIDDEN   still closed: a count-down was lost.

    The tests of one shape differ only in the solution their constructor builds; the outcomes
    are declared once, on the shape's class, and shared through @JCStressMeta. Only the
    references whose mechanism differs are tested (the CountDownLatch one is the JDK's own):
    each test costs the build about nine seconds.
 */
public final class LatchStress {
    private LatchStress() {
    }

    /** One latch under test and a plain field written before a count-down. */
    @State
    public abstract static class Run {
        /** The solution under test. */
        private final OneShotLatch latch;
        /** Written before countDown(); plain, so only the latch can make it visible. */
        private int x;

        protected Run(OneShotLatch latch) {
            this.latch = Objects.requireNonNull(latch, "latch");
        }

        protected final void writeThenCountDown() {
            x = 1;
            latch.countDown();
        }

        protected final void countDown() {
            latch.countDown();
        }

        /** Whether the latch is open now (1) or not (0); -1 if the poll was interrupted. */
        protected final int poll() {
            try {
                return latch.await(0, TimeUnit.NANOSECONDS) ? 1 : 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }

        protected final void pollThenRead(II_Result r) {
            r.r1 = poll();
            r.r2 = x;
        }
    }

    @Outcome(id = {"0, 0", "0, 1"}, expect = ACCEPTABLE, desc = "The latch was still closed when polled.")
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Open, and the write before countDown() is visible.")
    @Outcome(id = "1, 0", expect = FORBIDDEN, desc = "Open, but the write before countDown() is not visible.")
    @Outcome(expect = FORBIDDEN, desc = "The poll was interrupted.")
    public static final class Visibility {
        private Visibility() {
        }

        @JCStressTest
        @JCStressMeta(Visibility.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedLatch(1));
            }

            @Actor
            public void counter() {
                writeThenCountDown();
            }

            @Actor
            public void poller(II_Result r) {
                pollThenRead(r);
            }
        }

        @JCStressTest
        @JCStressMeta(Visibility.class)
        @State
        public static class ReentrantLock extends Run {
            public ReentrantLock() {
                super(new ReentrantLockLatch(1));
            }

            @Actor
            public void counter() {
                writeThenCountDown();
            }

            @Actor
            public void poller(II_Result r) {
                pollThenRead(r);
            }
        }

        @JCStressTest
        @JCStressMeta(Visibility.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphoreLatch(1));
            }

            @Actor
            public void counter() {
                writeThenCountDown();
            }

            @Actor
            public void poller(II_Result r) {
                pollThenRead(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution: {@code judge jcstress countdown-latch Latch.java}. */
        @JCStressTest
        @JCStressMeta(Visibility.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(OneShotLatch.class, List.of(int.class), 1));
            }

            @Actor
            public void counter() {
                writeThenCountDown();
            }

            @Actor
            public void poller(II_Result r) {
                pollThenRead(r);
            }
        }
    }

    @Outcome(id = "1", expect = ACCEPTABLE, desc = "Open after two count-downs.")
    @Outcome(id = "0", expect = FORBIDDEN, desc = "Still closed: a count-down was lost.")
    @Outcome(expect = FORBIDDEN, desc = "The poll was interrupted.")
    public static final class TwoCountDowns {
        private TwoCountDowns() {
        }

        @JCStressTest
        @JCStressMeta(TwoCountDowns.class)
        @State
        public static class Semaphore extends Run {
            public Semaphore() {
                super(new SemaphoreLatch(2));
            }

            @Actor
            public void first() {
                countDown();
            }

            @Actor
            public void second() {
                countDown();
            }

            @Arbiter
            public void open(I_Result r) {
                r.r1 = poll();
            }
        }

        @JCStressTest
        @JCStressMeta(TwoCountDowns.class)
        @State
        public static class CompletableFuture extends Run {
            public CompletableFuture() {
                super(new CompletableFutureLatch(2));
            }

            @Actor
            public void first() {
                countDown();
            }

            @Actor
            public void second() {
                countDown();
            }

            @Arbiter
            public void open(I_Result r) {
                r.r1 = poll();
            }
        }

        /** The class named by -Dconcurrencykit.solution. */
        @JCStressTest
        @JCStressMeta(TwoCountDowns.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(OneShotLatch.class, List.of(int.class), 2));
            }

            @Actor
            public void first() {
                countDown();
            }

            @Actor
            public void second() {
                countDown();
            }

            @Arbiter
            public void open(I_Result r) {
                r.r1 = poll();
            }
        }
    }
}
