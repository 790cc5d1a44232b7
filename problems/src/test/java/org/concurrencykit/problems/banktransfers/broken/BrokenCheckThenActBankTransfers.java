package org.concurrencykit.problems.banktransfers.broken;

import org.concurrencykit.problems.banktransfers.BankTransfers;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Every method is synchronized, but a transfer checks the balance in one call and moves the
 * money in another: two transfers out of the same account can both see enough money before
 * either takes it, and together they overdraw it.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "checks the balance and moves the money in two separate locked steps: an overdraft")
public final class BrokenCheckThenActBankTransfers implements BankTransfers {
    private final int[] balances;

    public BrokenCheckThenActBankTransfers(int[] balances) {
        this.balances = balances.clone();
    }

    @Override
    public boolean transfer(int from, int to, int amount, Runnable debit, Runnable credit) {
        if (balance(from) < amount) {
            return false;
        }
        move(from, to, amount, debit, credit);
        return true;
    }

    private synchronized void move(int from, int to, int amount, Runnable debit, Runnable credit) {
        balances[from] -= amount;
        debit.run();
        balances[to] += amount;
        credit.run();
    }

    @Override
    public synchronized int balance(int account) {
        return balances[account];
    }
}
