package org.concurrencykit.problems.banktransfers;

/**
 * Bank Transfers with one monitor per account, always entered in the same global order: the
 * lower-numbered account first, whichever way the money goes.
 *
 * <p>Invariant: {@code balances[a]} is read and written only inside account {@code a}'s
 * monitor, and a transfer holds both its accounts' monitors from its check to its last
 * write, so the check and the move are one atomic step. A thread waiting for a monitor holds
 * only lower-numbered ones, so no cycle of waits can close: no deadlock.
 * Memory consistency effects: exiting account {@code a}'s monitor happens-before the next
 * entry into it, by a transfer or by {@code balance(a)}.
 */
public final class SynchronizedBankTransfers implements BankTransfers {
    /** Account a's monitor. */
    private final Object[] accounts;
    /** Account a's money; guarded by accounts[a]. */
    private final int[] balances;

    public SynchronizedBankTransfers(int[] balances) {
        this.balances = balances.clone();
        this.accounts = new Object[balances.length];
        for (int a = 0; a < accounts.length; a++) {
            accounts[a] = new Object();
        }
    }

    @Override
    public boolean transfer(int from, int to, int amount, Runnable debit, Runnable credit) {
        synchronized (accounts[Math.min(from, to)]) {
            synchronized (accounts[Math.max(from, to)]) {
                if (balances[from] < amount) {
                    return false;
                }
                balances[from] -= amount;
                debit.run();
                balances[to] += amount;
                credit.run();
                return true;
            }
        }
    }

    @Override
    public int balance(int account) {
        synchronized (accounts[account]) {
            return balances[account];
        }
    }
}
