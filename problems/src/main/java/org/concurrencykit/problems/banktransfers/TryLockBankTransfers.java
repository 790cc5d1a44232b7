package org.concurrencykit.problems.banktransfers;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bank Transfers with one {@link ReentrantLock} per account, taken in argument order but with
 * {@code tryLock(timeout)}: a transfer that cannot get its second account in time lets go of
 * its first, backs off for a random while and starts again. It never refuses because an
 * account is busy; it only retries.
 *
 * <p>Invariant: {@code balances[a]} is read and written only while holding
 * {@code locks[a]}, and a transfer holds both its accounts' locks from its check to its last
 * write. A transfer never waits for a lock without a time limit while holding another, so a
 * cycle of waits breaks when its first timeout expires; the random back-off keeps two
 * opposite transfers from retrying in lockstep for ever (a livelock).
 * Memory consistency effects: {@code unlock()} of an account happens-before the next
 * successful {@code tryLock} or {@code lock()} of it.
 */
public final class TryLockBankTransfers implements BankTransfers {
    /** How long a transfer waits for an account's lock before it lets go and backs off. */
    private static final long TIMEOUT_MICROS = 200;
    /** Longest back-off between two attempts. */
    private static final long MAX_BACKOFF_NANOS = 100_000;

    /** Account a's lock. */
    private final ReentrantLock[] locks;
    /** Account a's money; guarded by locks[a]. */
    private final int[] balances;

    public TryLockBankTransfers(int[] balances) {
        this.balances = balances.clone();
        this.locks = new ReentrantLock[balances.length];
        for (int a = 0; a < locks.length; a++) {
            locks[a] = new ReentrantLock();
        }
    }

    @Override
    public boolean transfer(int from, int to, int amount, Runnable debit, Runnable credit)
            throws InterruptedException {
        while (true) {
            if (locks[from].tryLock(TIMEOUT_MICROS, TimeUnit.MICROSECONDS)) {
                try {
                    if (locks[to].tryLock(TIMEOUT_MICROS, TimeUnit.MICROSECONDS)) {
                        try {
                            return move(from, to, amount, debit, credit);
                        } finally {
                            locks[to].unlock();
                        }
                    }
                } finally {
                    locks[from].unlock();
                }
            }
            backOff();
        }
    }

    /** The transfer itself. Call only when holding both accounts' locks. */
    private boolean move(int from, int to, int amount, Runnable debit, Runnable credit) {
        assert locks[from].isHeldByCurrentThread() && locks[to].isHeldByCurrentThread();
        if (balances[from] < amount) {
            return false;
        }
        balances[from] -= amount;
        debit.run();
        balances[to] += amount;
        credit.run();
        return true;
    }

    /** Waits a random while, so that two colliding transfers do not retry in step. */
    private static void backOff() throws InterruptedException {
        LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(1_000, MAX_BACKOFF_NANOS));
        if (Thread.interrupted()) {
            throw new InterruptedException();
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
