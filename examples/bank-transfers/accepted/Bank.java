// A Bank Transfers solution as pasted from LeetCode: no package, no imports.
// One monitor per account, always entered lower account number first, whichever way the
// money goes: no cycle of waits can close, and the check and the move are one atomic step.
class Bank {
    private final Object[] accounts;
    private final int[] balances;

    public Bank(int[] balances) {
        this.balances = balances.clone();
        this.accounts = new Object[balances.length];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = new Object();
        }
    }

    public boolean transfer(int from, int to, int amount, Runnable debit, Runnable credit)
            throws InterruptedException {
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

    public int balance(int account) {
        synchronized (accounts[account]) {
            return balances[account];
        }
    }
}
