package org.concurrencykit.problems.banktransfers.broken;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.concurrencykit.problems.banktransfers.BankTransfers;
import org.concurrencykit.problems.spi.Broken;
import org.concurrencykit.problems.spi.Verdict;

/**
 * Avoids the deadlock with {@code tryLock(timeout)}, but when the timeout expires it returns
 * {@code false}: a transfer is refused because an account was busy, though the money was
 * there. A timeout must lead to a retry (after a back-off), not to an answer.
 */
@Broken(verdict = Verdict.WRONG_ANSWER, why = "refuses the transfer when tryLock times out instead of backing off and retrying")
public final class BrokenTryLockGivesUpBankTransfers implements BankTransfers {
    private final ReentrantLock[] locks;
    private final int[] balances;

    public BrokenTryLockGivesUpBankTransfers(int[] balances) {
        this.balances = balances.clone();
        this.locks = new ReentrantLock[balances.length];
        for (int a = 0; a < locks.length; a++) {
            locks[a] = new ReentrantLock();
        }
    }

    @Override
    public boolean transfer(int from, int to, int amount, Runnable debit, Runnable credit)
            throws InterruptedException {
        if (!locks[from].tryLock(100, TimeUnit.MICROSECONDS)) {
            return false;
        }
        try {
            if (!locks[to].tryLock(100, TimeUnit.MICROSECONDS)) {
                return false;
            }
            try {
                if (balances[from] < amount) {
                    return false;
                }
                balances[from] -= amount;
                debit.run();
                balances[to] += amount;
                credit.run();
                return true;
            } finally {
                locks[to].unlock();
            }
        } finally {
            locks[from].unlock();
        }
    }

    @Override
    public int balance(int account) {
        locks[account].lock();
        try {
            return balances[account];
        } finally {
            locks[account].unlock();
        }
    }
}
