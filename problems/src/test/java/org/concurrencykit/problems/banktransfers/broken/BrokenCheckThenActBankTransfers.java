package org.concurrencykit.problems.banktransfers.broken;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.concurrencykit.problems.banktransfers.BankTransfers;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Every step is atomic on its own, but a transfer checks the balance first and only then
 * takes the lock to move the money: while one transfer moves money out of an account, two
 * more check that account, both see enough for themselves, and both take it once their turn
 * comes. Together they overdraw it.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "checks the balance before taking the lock that moves the money: an overdraft")
public final class BrokenCheckThenActBankTransfers implements BankTransfers {
    private final AtomicIntegerArray balances;

    public BrokenCheckThenActBankTransfers(int[] balances) {
        this.balances = new AtomicIntegerArray(balances);
    }

    @Override
    public boolean transfer(int from, int to, int amount, Runnable debit, Runnable credit) {
        if (balances.get(from) < amount) {
            return false;
        }
        synchronized (this) {
            balances.addAndGet(from, -amount);
            debit.run();
            balances.addAndGet(to, amount);
            credit.run();
        }
        return true;
    }

    @Override
    public int balance(int account) {
        return balances.get(account);
    }
}
