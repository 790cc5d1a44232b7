package org.concurrencykit.jcstress.promise;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.promise.CompletableFuturePromise;
import org.concurrencykit.problems.promise.CountDownLatchPromise;
import org.concurrencykit.problems.promise.Promise;
import org.concurrencykit.problems.promise.SynchronizedPromise;
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

        $ java -jar jcstress-tests/target/jcstress.jar -t PromiseStress -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Promise (a classic one-shot future): only the first complete wins, and a callback given
    to onComplete runs exactly once, after the completion, the callbacks of one thread in the
    order it registered them, also when they are registered while the promise is being
    completed.

    CompleteVersusOnComplete: one actor completes the promise with 7; the other registers two
    callbacks, a then b, at the same moment. The race is the one a promise is made for: a
    registration that sees the promise pending must leave its callback where the completion
    will find it, and one that sees it completed must run it (or have it run) once. Each
    callback appends its name and value to the state's log; the @Arbiter, which jcstress runs
    after both actors have finished, reports the log and what complete returned:

      "a7, b7; true"    ACCEPTABLE  both callbacks ran once, with the value, a before b.
      "b7, a7; true"    FORBIDDEN   one thread's callbacks ran out of registration order.
      anything else     FORBIDDEN   a callback was lost, ran twice, or got another value; or
                                    complete returned false on a pending promise.

    The three tests differ only in the solution their constructor builds: the monitor and a
    queue drained by one thread at a time (ReentrantLockPromise is the same with a lock), a
    lock-free queue drained under an AtomicInteger work counter, and a chain of
    CompletableFuture stages. User runs the same race on a user's class (judge jcstress).
 */
public final class PromiseStress {
    private PromiseStress() {
    }

    /** One run: the promise under test and what its callbacks logged. */
    @State
    public abstract static class Run {
        /** The solution under test, shared by both actors of this sample. */
        private final Promise promise;
        /** Callback runs in the order they happened; lock-free, so it adds no lock. */
        private final Queue<String> log = new ConcurrentLinkedQueue<>();
        /** What complete returned; written by the completing actor, read by the arbiter. */
        private volatile boolean won;

        protected Run(Promise promise) {
            this.promise = Objects.requireNonNull(promise, "promise");
        }

        /** Completes the promise with 7. */
        protected final void complete() {
            won = promise.complete(7);
        }

        /** Registers callback a, then callback b: each logs its name and the value it got. */
        protected final void register() {
            promise.onComplete((v, e) -> log.add("a" + v));
            promise.onComplete((v, e) -> log.add("b" + v));
        }

        /** Reports the log and complete's result, e.g. "a7, b7; true". Call only after both actors finished. */
        protected final void report(L_Result r) {
            r.r1 = String.join(", ", log) + "; " + won;
        }
    }

    @Outcome(id = "a7, b7; true", expect = ACCEPTABLE, desc = "Both callbacks ran once, in order, with the value.")
    @Outcome(id = "b7, a7; true", expect = FORBIDDEN, desc = "One thread's callbacks ran out of order.")
    @Outcome(expect = FORBIDDEN, desc = "A callback was lost, ran twice or got another value, or complete lost.")
    public static final class CompleteVersusOnComplete {
        private CompleteVersusOnComplete() {
        }

        @JCStressTest
        @JCStressMeta(CompleteVersusOnComplete.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedPromise());
            }

            @Actor
            public void completer() {
                complete();
            }

            @Actor
            public void registrant() {
                register();
            }

            @Arbiter
            public void outcome(L_Result r) {
                report(r);
            }
        }

        @JCStressTest
        @JCStressMeta(CompleteVersusOnComplete.class)
        @State
        public static class CountDownLatch extends Run {
            public CountDownLatch() {
                super(new CountDownLatchPromise());
            }

            @Actor
            public void completer() {
                complete();
            }

            @Actor
            public void registrant() {
                register();
            }

            @Arbiter
            public void outcome(L_Result r) {
                report(r);
            }
        }

        @JCStressTest
        @JCStressMeta(CompleteVersusOnComplete.class)
        @State
        public static class CompletableFuture extends Run {
            public CompletableFuture() {
                super(new CompletableFuturePromise());
            }

            @Actor
            public void completer() {
                complete();
            }

            @Actor
            public void registrant() {
                register();
            }

            @Arbiter
            public void outcome(L_Result r) {
                report(r);
            }
        }

        /** The same race on the user's class named by {@value UserSolution#PROPERTY}. */
        @JCStressTest
        @JCStressMeta(CompleteVersusOnComplete.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(Promise.class, List.of()));
            }

            @Actor
            public void completer() {
                complete();
            }

            @Actor
            public void registrant() {
                register();
            }

            @Arbiter
            public void outcome(L_Result r) {
                report(r);
            }
        }
    }
}
