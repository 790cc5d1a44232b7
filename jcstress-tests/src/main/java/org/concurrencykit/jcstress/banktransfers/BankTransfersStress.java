package org.concurrencykit.jcstress.banktransfers;

import static org.openjdk.jcstress.annotations.Expect.ACCEPTABLE;
import static org.openjdk.jcstress.annotations.Expect.FORBIDDEN;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.concurrencykit.jcstress.user.UserSolution;
import org.concurrencykit.problems.banktransfers.BankTransfers;
import org.concurrencykit.problems.banktransfers.StampedLockBankTransfers;
import org.concurrencykit.problems.banktransfers.SynchronizedBankTransfers;
import org.concurrencykit.problems.banktransfers.TryLockBankTransfers;
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

        $ java -jar jcstress-tests/target/jcstress.jar -t BankTransfersStress
        $ java -jar jcstress-tests/target/jcstress.jar -t 'BankTransfersStress\.TryLock' -m quick
            runs them by hand; read jcstress's exit code as meaningless, read its report.
 */

/*
  ----------------------------------------------------------------------------------------------

    Bank Transfers (a classic): tellers call transfer(from, to, amount, debit, credit) on one
    shared bank at once. A transfer moves the money only if `from` holds enough, as one atomic
    step, running debit and credit once each; otherwise it changes nothing, runs neither and
    returns false. Money is never created or lost, and no balance goes below zero.

    Every test below is two actors on a fresh bank with accounts [2, 0], moving money in
    opposite directions between the same two accounts (the pair that deadlocks a bank locking
    in argument order): actor A transfers 2 from account 0 to account 1, actor B transfers 1
    from account 1 to account 0. The @Arbiter, which jcstress runs after both actors have
    finished, reads both balances and reports what happened.

    The tests differ only in the solution their constructor builds; their outcomes are
    declared once, on this class, and shared through @JCStressMeta:

      "A accepted, B accepted, balances [1,1]"
                               ACCEPTABLE  A ran first; then account 1 held 2 and B went through.
      "A accepted, B refused, balances [0,2]"
                               ACCEPTABLE  B ran first, while account 1 was empty.
      ".*interrupted.*"        FORBIDDEN   a teller got InterruptedException; jcstress never
                                           interrupts actors, so the solution caused it.
      anything else            FORBIDDEN   money was created or lost, an account went below
                                           zero, A was refused though account 0 held 2 (a
                                           transfer that gives up on a busy account), or a
                                           transfer ran its callbacks the wrong number of
                                           times; e.g. "A accepted, B accepted, balances
                                           [-1,3]" is B paid out of an empty account (a
                                           check outside the atomic step).

    A deadlock shows here as a test that never finishes; the judge is the one that names it.
    A correct solution shows only ACCEPTABLE outcomes. One sample of any other outcome fails
    the test, and the gate fails the build.
 */
@Outcome(id = "A accepted, B accepted, balances \\[1,1\\]", expect = ACCEPTABLE,
        desc = "A ran first; B then found the money in account 1.")
@Outcome(id = "A accepted, B refused, balances \\[0,2\\]", expect = ACCEPTABLE,
        desc = "B ran first, while account 1 was empty.")
@Outcome(id = ".*interrupted.*", expect = FORBIDDEN, desc = "A teller was interrupted.")
@Outcome(expect = FORBIDDEN, desc = "Money created or lost, an overdraft, a wrong refusal, or wrong callbacks.")
public final class BankTransfersStress {
    /** The opening balances. */
    static final int[] OPENING = {2, 0};

    private BankTransfersStress() {
    }

    @State
    public abstract static class Run {
        private final BankTransfers bank;
        /** Callbacks run by A's and B's transfers: debits, credits. */
        private final AtomicInteger aDebits = new AtomicInteger();
        private final AtomicInteger aCredits = new AtomicInteger();
        private final AtomicInteger bDebits = new AtomicInteger();
        private final AtomicInteger bCredits = new AtomicInteger();
        /** What the transfers returned: "accepted", "refused" or "interrupted"; written by one actor each. */
        private volatile String a = "never returned";
        private volatile String b = "never returned";

        protected Run(BankTransfers bank) {
            this.bank = Objects.requireNonNull(bank, "bank");
        }

        protected final void tellerA() {
            a = call(0, 1, 2, aDebits, aCredits);
        }

        protected final void tellerB() {
            b = call(1, 0, 1, bDebits, bCredits);
        }

        private String call(int from, int to, int amount, AtomicInteger debits, AtomicInteger credits) {
            try {
                boolean ok = bank.transfer(from, to, amount, debits::incrementAndGet, credits::incrementAndGet);
                int want = ok ? 1 : 0;
                if (debits.get() != want || credits.get() != want) {
                    return (ok ? "accepted" : "refused") + " with " + debits.get() + " debits and " + credits.get()
                            + " credits";
                }
                return ok ? "accepted" : "refused";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }

        protected final void audit(L_Result r) {
            r.r1 = "A " + a + ", B " + b + ", balances [" + bank.balance(0) + "," + bank.balance(1) + "]";
        }
    }

    @JCStressTest
    @JCStressMeta(BankTransfersStress.class)
    @State
    public static class Synchronized extends Run {
        public Synchronized() {
            super(new SynchronizedBankTransfers(OPENING));
        }

        @Actor
        public void a() {
            tellerA();
        }

        @Actor
        public void b() {
            tellerB();
        }

        @Arbiter
        public void balances(L_Result r) {
            audit(r);
        }
    }

    @JCStressTest
    @JCStressMeta(BankTransfersStress.class)
    @State
    public static class TryLock extends Run {
        public TryLock() {
            super(new TryLockBankTransfers(OPENING));
        }

        @Actor
        public void a() {
            tellerA();
        }

        @Actor
        public void b() {
            tellerB();
        }

        @Arbiter
        public void balances(L_Result r) {
            audit(r);
        }
    }

    @JCStressTest
    @JCStressMeta(BankTransfersStress.class)
    @State
    public static class StampedLock extends Run {
        public StampedLock() {
            super(new StampedLockBankTransfers(OPENING));
        }

        @Actor
        public void a() {
            tellerA();
        }

        @Actor
        public void b() {
            tellerB();
        }

        @Arbiter
        public void balances(L_Result r) {
            audit(r);
        }
    }

    /** The class named by -Dconcurrencykit.solution (judge jcstress); not run by the gate. */
    @JCStressTest
    @JCStressMeta(BankTransfersStress.class)
    @State
    public static class User extends Run {
        public User() {
            super(UserSolution.create(BankTransfers.class, List.of(int[].class), (Object) OPENING.clone()));
        }

        @Actor
        public void a() {
            tellerA();
        }

        @Actor
        public void b() {
            tellerB();
        }

        @Arbiter
        public void balances(L_Result r) {
            audit(r);
        }
    }
}
