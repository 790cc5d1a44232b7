package org.concurrencykit.problems.banktransfers;

/**
 * A bank whose accounts hold whole amounts of money and whose tellers move money between
 * them, all at once, without creating, losing or overdrawing any (class
 * {@code Bank(int[] balances)}: account {@code i} starts with {@code balances[i]}).
 *
 * <p>One instance is shared by several teller threads, each calling {@link #transfer} for its
 * own list of transfers, one after another; tellers may move money between the same two
 * accounts in opposite directions at the same time. After every teller has returned from its
 * last transfer, one thread reads every account with {@link #balance}.
 *
 * <p>Every transfer is atomic: it appears to take effect at one instant between its call and
 * its return, on the balances all earlier transfers left. An accepted transfer runs
 * {@code debit} once, as it takes {@code amount} out of {@code from}, and {@code credit} once,
 * as it puts {@code amount} into {@code to}, both on the calling thread and inside its atomic
 * step (while no other transfer can touch those accounts), before it returns {@code true}. A
 * transfer finding fewer than {@code amount} in {@code from} changes nothing, runs neither
 * callback and returns {@code false}; it never refuses because an account is busy. No balance
 * is ever negative. A call blocks while other transfers hold the accounts it needs, and must
 * not block forever.
 *
 * <p>Memory consistency effects: a transfer's changes to an account happen-before every later
 * transfer's, and every {@code balance} call's, reading of that account. A thread blocked in
 * {@code transfer} may throw {@link InterruptedException} if it is interrupted.
 */
public interface BankTransfers {
    /**
     * Moves {@code amount} from account {@code from} to account {@code to} if {@code from}
     * holds at least {@code amount}.
     *
     * @return whether the money moved; {@code false} changes nothing
     */
    boolean transfer(int from, int to, int amount, Runnable debit, Runnable credit) throws InterruptedException;

    /** The money account {@code account} holds. */
    int balance(int account);
}
