package org.concurrencykit.problems.banktransfers;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.concurrencykit.problems.spi.Difficulty;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Problem;
import org.concurrencykit.problems.spi.ProblemInfo;
import org.concurrencykit.problems.spi.Round;
import org.concurrencykit.problems.spi.Violation;

/**
 * Bank Transfers (a classic): how a round runs and what a correct one looks like
 * ({@link BankCheck}).
 *
 * <p>A round registers one thread per teller, {@code teller-1} to {@code teller-k}. Each makes
 * its transfers in order, with an adversarial pause before each call, passing {@code debit}
 * and {@code credit} callbacks that record the step and pause inside it (so a transfer holding
 * one account while it reaches for the other is held there), and records what each call
 * returned. The teller that finishes last reads every balance, once no transfer is running.
 * The cases pair tellers that move money in opposite directions between the same accounts (a
 * bank that locks accounts in argument order deadlocks), accounts too rich to ever refuse (a
 * bank that gives up on a busy account refuses wrongly) and accounts too poor for all their
 * tellers (a bank that checks and then moves in two steps overdraws them).
 */
public final class BankTransfersProblem implements Problem<BankTransfers, Ledger> {
    private static final String EXAMPLE = "balances = [5,0], tellers = [[[0,1,5]],[[1,0,3]]]";
    private static final int RANDOM_CASES = 4;

    private static final ProblemInfo INFO = new ProblemInfo(
            "bank-transfers", 0, "Bank Transfers", Difficulty.MEDIUM, "Bank",
            List.of("teller-1..6 each call transfer(from, to, amount, debit, credit) for their transfers, in order",
                    "the teller that finishes last calls balance(account) for every account"), 10);

    @Override
    public ProblemInfo info() {
        return INFO;
    }

    @Override
    public Class<BankTransfers> solutionType() {
        return BankTransfers.class;
    }

    @Override
    public List<Class<?>> constructorTypes() {
        return List.of(int[].class);
    }

    @Override
    public Object[] constructorArgs(Ledger ledger) {
        return new Object[] {ledger.openingBalances()};
    }

    @Override
    public List<Ledger> examples() {
        return List.of(ledger(List.of(5, 0), List.of(List.of(t(0, 1, 5)), List.of(t(1, 0, 3)))),
                ledger(List.of(10, 10), List.of(List.of(t(0, 1, 4), t(0, 1, 4)), List.of(t(1, 0, 6), t(1, 0, 6)))));
    }

    /**
     * Two tellers, one transfer each: opposite transfers between two accounts rich enough that
     * neither may be refused (a lock cycle, a lost update, a refusal on a busy account), and
     * two transfers out of an account that can pay only one of them (an overdraft).
     */
    @Override
    public List<Ledger> smallCases() {
        return List.of(ledger(List.of(3, 3), List.of(List.of(t(0, 1, 2)), List.of(t(1, 0, 2)))),
                ledger(List.of(5, 0), List.of(List.of(t(0, 1, 4)), List.of(t(0, 1, 3)))));
    }

    @Override
    public List<Ledger> cases(Random random) {
        List<Ledger> generated = new ArrayList<>();
        generated.add(pingPong(2, 2, 60, random));
        generated.add(pingPong(2, 4, 40, random));
        generated.add(ring(4, 30, random));
        generated.add(scarce(5, 30, random));
        generated.add(scarce(6, 40, random));
        for (int i = 0; i < RANDOM_CASES; i++) {
            generated.add(randomCase(random));
        }
        Collections.shuffle(generated, random);
        List<Ledger> cases = new ArrayList<>(examples());
        cases.add(pingPong(2, 2, 20, random));
        cases.add(scarce(4, 10, random));
        cases.addAll(generated);
        return cases;
    }

    /**
     * Tellers moving small amounts back and forth between two accounts, half of them each way,
     * alternating the direction within each teller: no account can run short, so every transfer
     * must be accepted.
     */
    private static Ledger pingPong(int accounts, int tellers, int transfers, Random random) {
        List<List<Transfer>> all = new ArrayList<>();
        for (int t = 0; t < tellers; t++) {
            List<Transfer> own = new ArrayList<>();
            for (int i = 0; i < transfers; i++) {
                boolean forward = (t + i) % 2 == 0;
                int amount = 1 + random.nextInt(5);
                own.add(forward ? t(0, 1, amount) : t(1, 0, amount));
            }
            all.add(own);
        }
        List<Integer> balances = new ArrayList<>(Collections.nCopies(accounts, Ledger.MAX_BALANCE));
        return new Ledger(balances, all);
    }

    /** Accounts in a ring, teller i moving money both ways between accounts i and i + 1: rich, never refused. */
    private static Ledger ring(int accounts, int transfers, Random random) {
        List<List<Transfer>> all = new ArrayList<>();
        for (int t = 0; t < accounts; t++) {
            int a = t;
            int b = (t + 1) % accounts;
            List<Transfer> own = new ArrayList<>();
            for (int i = 0; i < transfers; i++) {
                int amount = 1 + random.nextInt(5);
                own.add(i % 2 == 0 ? t(a, b, amount) : t(b, a, amount));
            }
            all.add(own);
        }
        return new Ledger(new ArrayList<>(Collections.nCopies(accounts, Ledger.MAX_BALANCE)), all);
    }

    /**
     * One poor account that every teller draws on and pays back into from a second: each
     * teller takes an amount out of account 0 and returns it, so the account is often short
     * and transfers out of it are both accepted and refused.
     */
    private static Ledger scarce(int tellers, int transfers, Random random) {
        List<List<Transfer>> all = new ArrayList<>();
        for (int t = 0; t < tellers; t++) {
            List<Transfer> own = new ArrayList<>();
            for (int i = 0; i < transfers; i++) {
                int amount = 3 + random.nextInt(5);
                own.add(i % 2 == 0 ? t(0, 1 + t % 2, amount) : t(1 + t % 2, 0, amount));
            }
            all.add(own);
        }
        return new Ledger(List.of(10, 0, 0), all);
    }

    private static Ledger randomCase(Random random) {
        int accounts = Ledger.MIN_ACCOUNTS + random.nextInt(5);
        int tellers = 2 + random.nextInt(Ledger.MAX_TELLERS - 1);
        List<Integer> balances = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            balances.add(random.nextInt(40));
        }
        List<List<Transfer>> all = new ArrayList<>();
        for (int t = 0; t < tellers; t++) {
            List<Transfer> own = new ArrayList<>();
            int n = 5 + random.nextInt(30);
            for (int i = 0; i < n; i++) {
                int from = random.nextInt(accounts);
                int to = (from + 1 + random.nextInt(accounts - 1)) % accounts;
                own.add(t(from, to, 1 + random.nextInt(15)));
            }
            all.add(own);
        }
        return new Ledger(balances, all);
    }

    private static Transfer t(int from, int to, int amount) {
        return new Transfer(from, to, amount);
    }

    private static Ledger ledger(List<Integer> balances, List<List<Transfer>> tellers) {
        return new Ledger(balances, tellers);
    }

    @Override
    public Ledger parse(String input) {
        try {
            return LedgerParser.parse(input);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected an input like " + EXAMPLE + ": " + e.getMessage());
        }
    }

    @Override
    public void run(BankTransfers bank, Ledger ledger, Round round) {
        AtomicInteger working = new AtomicInteger(ledger.tellers().size());
        for (int t = 0; t < ledger.tellers().size(); t++) {
            List<Transfer> own = ledger.tellers().get(t);
            round.thread(Ledger.threadName(t), () -> {
                for (Transfer x : own) {
                    round.pause();
                    boolean accepted = bank.transfer(x.from(), x.to(), x.amount(),
                            round.callback(BankCheck.debitToken(x)), round.callback(BankCheck.creditToken(x)));
                    round.emit(BankCheck.resultToken(x, accepted));
                }
                if (working.decrementAndGet() == 0) {
                    audit(bank, ledger, round);
                }
            });
        }
    }

    /** Reads every balance, once every teller is done. */
    private static void audit(BankTransfers bank, Ledger ledger, Round round) {
        int[] balances = new int[ledger.accounts()];
        for (int a = 0; a < balances.length; a++) {
            balances[a] = bank.balance(a);
        }
        round.emit(BankCheck.auditToken(balances));
    }

    /** What each teller's transfers returned and the balances at the end. */
    @Override
    public String output(Ledger ledger, EventLog log) {
        return BankCheck.output(ledger, log);
    }

    @Override
    public Optional<Violation> check(Ledger ledger, EventLog log) {
        return BankCheck.check(ledger, log);
    }

    @Override
    public Optional<Violation> checkUnfinished(Ledger ledger, EventLog log) {
        return BankCheck.checkUnfinished(ledger, log);
    }

    @Override
    public List<Class<? extends BankTransfers>> references() {
        return List.of(SynchronizedBankTransfers.class, ReentrantLockBankTransfers.class, TryLockBankTransfers.class,
                StampedLockBankTransfers.class);
    }
}
