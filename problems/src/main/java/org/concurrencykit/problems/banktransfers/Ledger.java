package org.concurrencykit.problems.banktransfers;

import java.util.ArrayList;
import java.util.List;
import org.concurrencykit.problems.spi.TestCase;

/**
 * One input of Bank Transfers: the accounts' opening balances and each teller's transfers.
 *
 * @param balances the opening balance of each account, account 0 first
 * @param tellers  per teller thread, the transfers it makes, in order
 */
public record Ledger(List<Integer> balances, List<List<Transfer>> tellers) implements TestCase {
    /** Fewest and most accounts. */
    public static final int MIN_ACCOUNTS = 2;
    public static final int MAX_ACCOUNTS = 8;
    /** Largest opening balance. */
    public static final int MAX_BALANCE = 1000;
    /** Largest amount of one transfer. */
    public static final int MAX_AMOUNT = 1000;
    /** Most teller threads. */
    public static final int MAX_TELLERS = 6;
    /** Most transfers of one teller. */
    public static final int MAX_TRANSFERS = 200;

    public Ledger {
        balances = List.copyOf(balances);
        List<List<Transfer>> copy = new ArrayList<>();
        for (List<Transfer> t : tellers) {
            copy.add(List.copyOf(t));
        }
        tellers = List.copyOf(copy);
        require(balances.size() >= MIN_ACCOUNTS && balances.size() <= MAX_ACCOUNTS,
                "there must be " + MIN_ACCOUNTS + " to " + MAX_ACCOUNTS + " accounts, got " + balances.size());
        require(balances.stream().allMatch(b -> b >= 0 && b <= MAX_BALANCE),
                "opening balances must be in 0.." + MAX_BALANCE);
        require(!tellers.isEmpty() && tellers.size() <= MAX_TELLERS,
                "there must be 1 to " + MAX_TELLERS + " tellers, got " + tellers.size());
        for (List<Transfer> t : tellers) {
            require(!t.isEmpty() && t.size() <= MAX_TRANSFERS,
                    "each teller makes 1 to " + MAX_TRANSFERS + " transfers, got " + t.size());
            for (Transfer x : t) {
                require(x.from() >= 0 && x.from() < balances.size() && x.to() >= 0 && x.to() < balances.size(),
                        "transfer " + x + " names an account outside 0.." + (balances.size() - 1));
            }
        }
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalArgumentException(what);
        }
    }

    /** Number of accounts. */
    public int accounts() {
        return balances.size();
    }

    /** The opening balances as the constructor takes them: a fresh array every time. */
    int[] openingBalances() {
        return balances.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Name of teller {@code t}'s thread (0-based {@code t}): {@code teller-1}, {@code teller-2}... */
    static String threadName(int t) {
        return "teller-" + (t + 1);
    }

    @Override
    public String input() {
        StringBuilder sb = new StringBuilder("balances = [");
        for (int i = 0; i < balances.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(balances.get(i));
        }
        sb.append("], tellers = [");
        for (int t = 0; t < tellers.size(); t++) {
            sb.append(t == 0 ? "[" : ",[");
            List<Transfer> list = tellers.get(t);
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(list.get(i));
            }
            sb.append(']');
        }
        return sb.append(']').toString();
    }

    /** Debit, credit and result of every transfer, and the final audit. */
    @Override
    public int size() {
        return 3 * tellers.stream().mapToInt(List::size).sum() + 1;
    }
}
