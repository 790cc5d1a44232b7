package org.concurrencykit.problems.banktransfers;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Bank Transfers with one {@link ReentrantLock} for the whole bank: the simplest correct bank,
 * which runs one transfer at a time.
 *
 * <p>Invariant: every balance is read and written only while holding {@code lock}, and a
 * transfer holds it from its check to its last write, so the check and the move are one
 * atomic step. One lock cannot form a cycle: no deadlock. The price is that transfers between
 * unrelated accounts wait for each other.
 * Memory consistency effects: {@code unlock()} happens-before the next {@code lock()}, by a
 * transfer or by {@code balance}.
 */
public final class ReentrantLockBankTransfers implements BankTransfers {
    /** Guards every balance. */
    private final ReentrantLock lock = new ReentrantLock();
    /** Account a's money; guarded by lock. */
    private final int[] balances;

    public ReentrantLockBankTransfers(int[] balances) {
        this.balances = balances.clone();
    }

    @Override
    public boolean transfer(int from, int to, int amount, Runnable debit, Runnable credit)
            throws InterruptedException {
        lock.lockInterruptibly();
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
            lock.unlock();
        }
    }

    @Override
    public int balance(int account) {
        lock.lock();
        try {
            return balances[account];
        } finally {
            lock.unlock();
        }
    }
}
