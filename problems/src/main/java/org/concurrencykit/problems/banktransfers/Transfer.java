package org.concurrencykit.problems.banktransfers;

/**
 * One transfer a teller asks for: {@code amount} from account {@code from} to account {@code to}.
 *
 * @param from   the account the money leaves
 * @param to     the account the money goes to, not {@code from}
 * @param amount how much, at least 1
 */
public record Transfer(int from, int to, int amount) {
    public Transfer {
        if (from == to) {
            throw new IllegalArgumentException("a transfer needs two different accounts, got [" + from + "," + to + "," + amount + "]");
        }
        if (amount < 1 || amount > Ledger.MAX_AMOUNT) {
            throw new IllegalArgumentException("amount must be in 1.." + Ledger.MAX_AMOUNT + ", got " + amount);
        }
    }

    /** As inputs write it: {@code [0,1,5]}. */
    @Override
    public String toString() {
        return "[" + from + "," + to + "," + amount + "]";
    }

    /** As the record of a round writes the call: {@code transfer(0,1,5)}. */
    String call() {
        return "transfer(" + from + "," + to + "," + amount + ")";
    }
}
