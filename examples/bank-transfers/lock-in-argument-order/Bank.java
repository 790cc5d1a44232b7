// Locks the paying account, takes the money, then locks the receiving account. It works
// until two tellers move money between the same two accounts in opposite directions at once:
// each holds the account the other waits for, for ever (DEADLOCK).
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

    public int balance(int account) {
        synchronized (accounts[account]) {
            return balances[account];
        }
    }
}
