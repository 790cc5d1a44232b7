package org.concurrencykit.problems.banktransfers;

import java.util.concurrent.locks.StampedLock;

/**
 * Bank Transfers with one {@link StampedLock} for the whole bank: transfers take its write
 * lock, and {@code balance} reads optimistically, without locking, falling back to the read
 * lock when a transfer ran meanwhile.
 *
 * <p>Invariant: every balance is written only under the write lock, and a transfer holds it
 * from its check to its last write, so the check and the move are one atomic step. An
 * optimistic read counts only if {@code validate} shows that no write lock was taken since
 * the stamp. One lock cannot form a cycle: no deadlock.
 * Memory consistency effects: {@code unlockWrite} happens-before a later write lock, a later
 * read lock, and a later successful {@code validate} of an optimistic stamp.
 */
public final class StampedLockBankTransfers implements BankTransfers {
    /** Guards every balance. */
    private final StampedLock lock = new StampedLock();
    /** Account a's money; written under the write lock. */
    private final int[] balances;

    public StampedLockBankTransfers(int[] balances) {
        this.balances = balances.clone();
    }

    @Override
    public boolean transfer(int from, int to, int amount, Runnable debit, Runnable credit)
            throws InterruptedException {
        long stamp = lock.writeLockInterruptibly();
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
            lock.unlockWrite(stamp);
        }
    }

    @Override
    public int balance(int account) {
        long stamp = lock.tryOptimisticRead();
        int value = balances[account];
        if (lock.validate(stamp)) {
            return value;
        }
        stamp = lock.readLock();
        try {
            return balances[account];
        } finally {
            lock.unlockRead(stamp);
        }
    }
}
