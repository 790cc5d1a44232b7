package org.concurrencykit.jcstress.event;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.event.CompletableFutureEvent;
import org.concurrencykit.problems.event.CountDownLatchEvent;
import org.concurrencykit.problems.event.ManualResetEvent;
import org.concurrencykit.problems.event.SynchronizedEvent;
import org.openjdk.jcstress.annotations.Actor;
import org.openjdk.jcstress.annotations.JCStressMeta;
import org.openjdk.jcstress.annotations.JCStressTest;
import org.openjdk.jcstress.annotations.Outcome;
import org.openjdk.jcstress.annotations.State;
import org.openjdk.jcstress.infra.results.II_Result;

/*
    How to run these tests, from the repository root:

        $ ./mvnw -B -pl jcstress-tests verify
            builds jcstress-tests/target/jcstress.jar and runs every test through the gate.

        $ java -jar jcstress-tests/target/jcstress.jar -t EventStress -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Event (classic; Python's threading.Event): set() sets a flag and releases every waiter,
    clear() clears it, isSet() reads it, await() and await(timeoutMillis) wait for it. The
    waiting itself (a set that a clear follows at once, two waiters and one set) needs more
    threads and an order that jcstress's two free-running actors cannot give; the judge's
    stress engine checks it. What two actors can race is the flag's memory effect:

      Visibility      One actor writes a plain field, then calls set(); the other reads the
                      flag with isSet() and then the field. The event must carry the write:
                      set() happens-before an isSet() that returns true.

                        "0, 0", "0, 1"  ACCEPTABLE  the flag was still clear when read.
                        "1, 1"          ACCEPTABLE  set, and the write is visible.
                        "1, 0"          FORBIDDEN   set, but the write before set() is not
                                                    visible: no happens-before edge.

    The tests differ only in the event their constructor builds (the ReentrantLock reference
    guards the flag with a lock as the synchronized one does with a monitor, so it is left out:
    each test costs the build about nine seconds); the outcomes are declared once, on
    Visibility, and shared through @JCStressMeta. User runs the same race on a user's class.
 */
public final class EventStress {
    private EventStress() {
    }

    /** One event under test and a plain field written before set(). */
    @State
    public abstract static class Run {
        /** The solution under test. */
        private final ManualResetEvent event;
        /** Written before set(); plain, so only the event can make it visible. */
        private int x;

        protected Run(ManualResetEvent event) {
            this.event = Objects.requireNonNull(event, "event");
        }

        protected final void writeThenSet() {
            x = 1;
            event.set();
        }

        protected final void pollThenRead(II_Result r) {
            r.r1 = event.isSet() ? 1 : 0;
            r.r2 = x;
        }
    }

    @Outcome(id = {"0, 0", "0, 1"}, expect = ACCEPTABLE, desc = "The flag was still clear when read.")
    @Outcome(id = "1, 1", expect = ACCEPTABLE, desc = "Set, and the write before set() is visible.")
    @Outcome(id = "1, 0", expect = FORBIDDEN, desc = "Set, but the write before set() is not visible.")
    public static final class Visibility {
        private Visibility() {
        }

        @JCStressTest
        @JCStressMeta(Visibility.class)
        @State
        public static class Synchronized extends Run {
            public Synchronized() {
                super(new SynchronizedEvent());
            }

            @Actor
            public void setter() {
                writeThenSet();
            }

            @Actor
            public void reader(II_Result r) {
                pollThenRead(r);
            }
        }

        @JCStressTest
        @JCStressMeta(Visibility.class)
        @State
        public static class CountDownLatch extends Run {
            public CountDownLatch() {
                super(new CountDownLatchEvent());
            }

            @Actor
            public void setter() {
                writeThenSet();
            }

            @Actor
            public void reader(II_Result r) {
                pollThenRead(r);
            }
        }

        @JCStressTest
        @JCStressMeta(Visibility.class)
        @State
        public static class CompletableFuture extends Run {
            public CompletableFuture() {
                super(new CompletableFutureEvent());
            }

            @Actor
            public void setter() {
                writeThenSet();
            }

            @Actor
            public void reader(II_Result r) {
                pollThenRead(r);
            }
        }

        /** The class named by -Dconcurrencykit.solution: {@code judge jcstress event Event.java}. */
        @JCStressTest
        @JCStressMeta(Visibility.class)
        @State
        public static class User extends Run {
            public User() {
                super(UserSolution.create(ManualResetEvent.class, List.of()));
            }

            @Actor
            public void setter() {
                writeThenSet();
            }

            @Actor
            public void reader(II_Result r) {
                pollThenRead(r);
            }
        }
    }
}
