package org.concurrencykit.problems.banktransfers.broken;

import org.concurrencykit.problems.banktransfers.BankTransfers;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * One monitor per account, entered in argument order: lock {@code from}, take the money,
 * lock {@code to}, pay it in. A transfer from A to B and one from B to A at the same time
 * each hold their first account and wait for the other's: a lock cycle, for ever.
 */
@Broken(verdict = Verdict.DEADLOCK, why = "locks from, then to: opposite transfers each hold the lock the other waits for")
public final class BrokenArgumentOrderDeadlockBankTransfers implements BankTransfers {
    private final Object[] accounts;
    private final int[] balances;

    public BrokenArgumentOrderDeadlockBankTransfers(int[] balances) {
        this.balances = balances.clone();
        this.accounts = new Object[balances.length];
        for (int a = 0; a < accounts.length; a++) {
            accounts[a] = new Object();
        }
    }

    @Override
    public boolean transfer(int from, int to, int amount, Runnable debit, Runnable credit) {
        synchronized (accounts[from]) {
            if (balances[from] < amount) {
                return false;
            }
            balances[from] -= amount;
            debit.run();
            synchronized (accounts[to]) {
                balances[to] += amount;
                credit.run();
            }
            return true;
        }
    }

    @Override
    public int balance(int account) {
        synchronized (accounts[account]) {
            return balances[account];
        }
    }
}
