package org.concurrencykit.problems.banktransfers.broken;

import org.concurrencykit.problems.banktransfers.BankTransfers;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * No synchronization at all: each balance update is a read, a callback and a write back, so
 * two transfers into or out of the same account can both read the old balance and one update
 * is lost (and two withdrawals can both pass the check and overdraw the account).
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "no synchronization: concurrent updates of one balance lose money")
public final class BrokenUnsynchronizedBankTransfers implements BankTransfers {
    private final int[] balances;

    public BrokenUnsynchronizedBankTransfers(int[] balances) {
        this.balances = balances.clone();
    }

    @Override
    public boolean transfer(int from, int to, int amount, Runnable debit, Runnable credit) {
        if (balances[from] < amount) {
            return false;
        }
        int left = balances[from] - amount;
        debit.run();
        balances[from] = left;
        int now = balances[to] + amount;
        credit.run();
        balances[to] = now;
        return true;
    }

    @Override
    public int balance(int account) {
        return balances[account];
    }
}
