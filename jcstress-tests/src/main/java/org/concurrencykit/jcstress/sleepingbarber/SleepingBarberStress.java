package org.concurrencykit.jcstress.sleepingbarber;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.concurrencykit.problems.sleepingbarber.BarberShop;
import org.concurrencykit.problems.sleepingbarber.BlockingQueueBarberShop;
import org.concurrencykit.problems.sleepingbarber.SemaphoreBarberShop;
import org.concurrencykit.problems.sleepingbarber.SynchronizedBarberShop;
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

        $ java -jar jcstress-tests/target/jcstress.jar -t SleepingBarberStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'SleepingBarberStress\.OneCustomer\.Semaphore' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Sleeping Barber (a classic): one barber thread calls barber(cutHair) once; each customer
    thread calls enter(sitDown, getHaircut) once. A customer who finds every waiting chair
    taken leaves at once (enter returns false); otherwise he calls sitDown, waits to be called,
    calls getHaircut while the barber calls cutHair (in either order), and enter returns true
    only after both. The barber sleeps while nobody waits and goes home when every customer
    has been served or has left.

    jcstress refuses to run a test with more actors than the machine has CPUs, and our CI
    machines have 2: one barber and one customer. That is the shape of the rendezvous, the
    heart of the problem; the bugs that need several customers (two sitting on one chair, a
    wake-up lost while the barber cuts) are the judge's stress engine and model checker's to
    find. The shop has CHAIRS = 1 waiting chair and CUSTOMERS = 1 customer:

      OneCustomer  the barber actor calls barber(...), the customer actor enter(...). The
                   barber may still be starting or already asleep when the customer comes:
                   he must wake for him, cut once, and go home after him. The callbacks and
                   the return of enter append to the state's log; the @Arbiter, which
                   jcstress runs after both actors have finished, reports it, e.g.
                   "sit, cut, haircut, served". A barber that never goes home, or a customer
                   never called, hangs the test; the gate's watchdog then fails the build.

          "sit, cut, haircut, served"   ACCEPTABLE  the barber cut first, then the customer
          "sit, haircut, cut, served"   ACCEPTABLE  got his haircut, or the other way round;
                                                    he left after both.
          ".*served.*cut.*"             FORBIDDEN   the customer left before the barber's cut.
          "turned away"                 FORBIDDEN   turned away from an empty shop.
          ".*interrupted.*"             FORBIDDEN   an actor got InterruptedException;
                                                    jcstress never interrupts actors.
          anything else                 FORBIDDEN   a cut with nobody there, a haircut before
                                                    sitting down, a callback missing or twice.

    The three tests differ only in the shop their constructor builds (the ReentrantLock
    reference keeps the same counters as the synchronized one, so it is left out to save CI
    time); their outcomes are declared once, on OneCustomer, and shared through @JCStressMeta.
 */
public final class SleepingBarberStress {
    /** Waiting chairs. */
    static final int CHAIRS = 1;
    /** Customers: one, the second actor. */
    static final int CUSTOMERS = 1;

    private SleepingBarberStress() {
    }

    /**
     * One day at a shop: the shop under test and what happened, in order. Any
     * {@link BarberShop} works, including one loaded from a user's class.
     */
    @State
    public abstract static class Day {
        /** The shop under test, shared by both actors of this sample. */
        private final BarberShop shop;
        /** Callbacks and the customer's end, in the order they happened; lock-free, so it adds no lock. */
        private final Queue<String> log = new ConcurrentLinkedQueue<>();

        /** Takes a shop built with {@link #CHAIRS} and {@link #CUSTOMERS}. */
        protected Day(BarberShop shop) {
            this.shop = Objects.requireNonNull(shop, "shop");
        }

        /** The barber's day; cutHair logs "cut". */
        protected final void barberWorks() {
            try {
                shop.barber(() -> log.add("cut"));
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** The customer's visit; logs "sit", "haircut", then "served" or "turned away". */
        protected final void customerVisits() {
            try {
                boolean served = shop.enter(() -> log.add("sit"), () -> log.add("haircut"));
                log.add(served ? "served" : "turned away");
            } catch (InterruptedException e) {
                interrupted();
            }
        }

        /** Reports the log, e.g. "sit, cut, haircut, served". Call only after both actors finished. */
        protected final void report(L_Result r) {
            r.r1 = String.join(", ", log);
        }

        /** Harness code may wrap an interrupt: it restores the flag and logs it as an outcome. */
        private void interrupted() {
            Thread.currentThread().interrupt();
            log.add("interrupted");
        }
    }

    @Outcome(id = "sit, cut, haircut, served", expect = ACCEPTABLE, desc = "Cut, then haircut; left after both.")
    @Outcome(id = "sit, haircut, cut, served", expect = ACCEPTABLE, desc = "Haircut, then cut; left after both.")
    @Outcome(id = ".*served.*cut.*", expect = FORBIDDEN, desc = "The customer left before the barber's cut.")
    @Outcome(id = "turned away", expect = FORBIDDEN, desc = "Turned away from an empty shop.")
    @Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "An actor was interrupted.")
    @Outcome(expect = FORBIDDEN, desc = "A cut with nobody there, a haircut before sitting, a callback missing or twice.")
    public static final class OneCustomer {
        private OneCustomer() {
        }

        @JCStressTest
        @JCStressMeta(OneCustomer.class)
        @State
        public static class Semaphore extends Day {
            public Semaphore() {
                super(new SemaphoreBarberShop(CHAIRS, CUSTOMERS));
            }

            @Actor
            public void barber() {
                barberWorks();
            }

            @Actor
            public void customer() {
                customerVisits();
            }

            @Arbiter
            public void day(L_Result r) {
                report(r);
            }
        }

        @JCStressTest
        @JCStressMeta(OneCustomer.class)
        @State
        public static class Synchronized extends Day {
            public Synchronized() {
                super(new SynchronizedBarberShop(CHAIRS, CUSTOMERS));
            }

            @Actor
            public void barber() {
                barberWorks();
            }

            @Actor
            public void customer() {
                customerVisits();
            }

            @Arbiter
            public void day(L_Result r) {
                report(r);
            }
        }

        @JCStressTest
        @JCStressMeta(OneCustomer.class)
        @State
        public static class BlockingQueue extends Day {
            public BlockingQueue() {
                super(new BlockingQueueBarberShop(CHAIRS, CUSTOMERS));
            }

            @Actor
            public void barber() {
                barberWorks();
            }

            @Actor
            public void customer() {
                customerVisits();
            }

            @Arbiter
            public void day(L_Result r) {
                report(r);
            }
        }
    }
}
