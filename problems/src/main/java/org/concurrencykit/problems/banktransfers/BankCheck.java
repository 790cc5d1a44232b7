package org.concurrencykit.problems.banktransfers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concurrencykit.problems.spi.Event;
import org.concurrencykit.problems.spi.EventLog;
import org.concurrencykit.problems.spi.Violation;

/**
 * What a correct round of Bank Transfers looks like, judged from its whole record.
 *
 * <p>The record holds, per teller thread, the {@code debit} and {@code credit} callbacks each
 * transfer ran and the value it returned, then the balances read once every teller was done.
 * The callbacks run inside each transfer's atomic step, so their order in the record is the
 * order the money moved in, account by account: the checker replays every balance through
 * them. A correct round satisfies:
 * <ul>
 *   <li>an accepted transfer ran {@code debit} and {@code credit} once each, a refused one
 *       neither, on the teller's own thread;</li>
 *   <li>no replayed balance ever goes below zero;</li>
 *   <li>a refused transfer's account held less than the amount at some moment while the call
 *       ran (from its teller's previous return to its own);</li>
 *   <li>the balances read at the end are the opening ones plus the accepted transfers in,
 *       minus the accepted transfers out: no money created or lost.</li>
 * </ul>
 */
final class BankCheck {
    private static final String DEBIT = "debit(";
    private static final String CREDIT = "credit(";
    private static final String AUDIT = "balances=";

    private BankCheck() {
    }

    static String debitToken(Transfer x) {
        return DEBIT + x.from() + "," + x.amount() + ") ";
    }

    static String creditToken(Transfer x) {
        return CREDIT + x.to() + "," + x.amount() + ") ";
    }

    static String resultToken(Transfer x, boolean accepted) {
        return x.call() + "=" + accepted + " ";
    }

    static String auditToken(int[] balances) {
        return AUDIT + list(balances);
    }

    /** What the tellers' transfers returned, and the balances read at the end (null if never read). */
    record Outcome(List<List<Boolean>> results, int[] audited) {
    }

    /**
     * Reads the record, replaying each account's balance through the callbacks in the order
     * they were recorded (they run inside each transfer's atomic step, so that is the order the
     * money moved in): a violation when a callback ran where it must not, an account went below
     * zero, or a transfer was refused while its account held enough all the while it ran.
     */
    private static Object read(Ledger ledger, EventLog log) {
        Map<String, Integer> tellerOf = new HashMap<>();
        List<List<Boolean>> results = new ArrayList<>();
        for (int t = 0; t < ledger.tellers().size(); t++) {
            tellerOf.put(Ledger.threadName(t), t);
            results.add(new ArrayList<>());
        }
        int[] debits = new int[ledger.tellers().size()];
        int[] credits = new int[debits.length];
        int[] since = new int[debits.length];
        Arrays.fill(since, -1);
        long[] replay = new long[ledger.accounts()];
        List<List<long[]>> history = new ArrayList<>();
        for (int a = 0; a < replay.length; a++) {
            replay[a] = ledger.balances().get(a);
            List<long[]> h = new ArrayList<>();
            h.add(new long[] {-1, replay[a]});
            history.add(h);
        }
        int[] audited = null;
        List<Event> events = log.events();
        for (int j = 0; j < events.size(); j++) {
            Event e = events.get(j);
            String token = e.token().strip();
            Integer t = tellerOf.get(e.thread());
            if (t == null) {
                return new Violation("callbacks run on the teller thread that called transfer", e.toString(),
                        "\"" + token + "\" ran on thread " + e.thread() + ", which is not a teller: a transfer runs "
                                + "its callbacks on the thread that called it, before it returns");
            }
            if (token.startsWith(AUDIT)) {
                audited = parse(token.substring(AUDIT.length()));
                continue;
            }
            List<Transfer> own = ledger.tellers().get(t);
            int i = results.get(t).size();
            Transfer x = own.get(Math.min(i, own.size() - 1));
            String who = x.call() + " by " + e.thread() + " (its transfer #" + (i + 1) + ")";
            if (token.startsWith(DEBIT) || token.startsWith(CREDIT)) {
                boolean debit = token.startsWith(DEBIT);
                (debit ? debits : credits)[t]++;
                int a = debit ? x.from() : x.to();
                long before = replay[a];
                replay[a] += debit ? -x.amount() : x.amount();
                history.get(a).add(new long[] {j, replay[a]});
                if (replay[a] < 0) {
                    return new Violation("no balance ever below 0", token, String.format(
                            "account %d was overdrawn: the debit of %s took it from %d to %d (the callbacks run "
                                    + "inside each transfer's atomic step, so they show the order the money moved). "
                                    + "A transfer must check and move the money in one atomic step, or two "
                                    + "transfers can both see enough money and both take it",
                            a, who, before, replay[a]));
                }
                continue;
            }
            boolean accepted = token.endsWith("=true");
            if (accepted && (debits[t] != 1 || credits[t] != 1)) {
                return new Violation("an accepted transfer runs debit once and credit once", token, String.format(
                        "%s returned true but ran debit %d and credit %d times: an accepted transfer runs each once",
                        who, debits[t], credits[t]));
            }
            if (!accepted && (debits[t] != 0 || credits[t] != 0)) {
                return new Violation("a refused transfer runs no callback", token, String.format(
                        "%s returned false but ran debit %d and credit %d times: a refused transfer changes nothing",
                        who, debits[t], credits[t]));
            }
            if (!accepted) {
                long least = least(history.get(x.from()), since[t], j);
                if (least >= x.amount()) {
                    return new Violation("refused only when account " + x.from() + " holds less than " + x.amount(),
                            token, String.format("%s was refused, but account %d held at least %d all the while the "
                                    + "call ran (as the callbacks show): a transfer is refused only when the money "
                                    + "is not there, never because an account is busy, nor on a balance read "
                                    + "outside the transfer's atomic step", who, x.from(), least));
                }
            }
            debits[t] = 0;
            credits[t] = 0;
            since[t] = j;
            results.get(t).add(accepted);
        }
        return new Outcome(results, audited);
    }

    /** The lowest balance an account's history shows between record positions {@code from} and {@code to}. */
    private static long least(List<long[]> history, int from, int to) {
        long least = Long.MAX_VALUE;
        long current = history.get(0)[1];
        for (long[] change : history) {
            if (change[0] <= from) {
                current = change[1];
            } else if (change[0] < to) {
                least = Math.min(least, change[1]);
            }
        }
        return Math.min(least, current);
    }

    /** The violations a record shows even before the round ends: callbacks in the wrong place. */
    static Optional<Violation> checkUnfinished(Ledger ledger, EventLog log) {
        Object read = read(ledger, log);
        return read instanceof Violation v ? Optional.of(v) : Optional.empty();
    }

    static Optional<Violation> check(Ledger ledger, EventLog log) {
        Object read = read(ledger, log);
        if (read instanceof Violation v) {
            return Optional.of(v);
        }
        Outcome o = (Outcome) read;
        String actual = output(o);
        for (int t = 0; t < ledger.tellers().size(); t++) {
            if (o.results().get(t).size() != ledger.tellers().get(t).size()) {
                return Optional.of(new Violation("every transfer returns", actual, String.format(
                        "%s returned from %d of its %d transfers", Ledger.threadName(t), o.results().get(t).size(),
                        ledger.tellers().get(t).size())));
            }
        }
        if (o.audited() == null || o.audited().length != ledger.accounts()) {
            return Optional.of(new Violation("the balances of all accounts, read at the end", actual,
                    "the balances were never read at the end"));
        }
        return balances(ledger, o, actual);
    }

    /** Final balances: never negative, and the opening ones plus the accepted transfers. */
    private static Optional<Violation> balances(Ledger ledger, Outcome o, String actual) {
        int n = ledger.accounts();
        long[] in = new long[n];
        long[] out = new long[n];
        for (int t = 0; t < ledger.tellers().size(); t++) {
            for (int i = 0; i < ledger.tellers().get(t).size(); i++) {
                Transfer x = ledger.tellers().get(t).get(i);
                if (o.results().get(t).get(i)) {
                    out[x.from()] += x.amount();
                    in[x.to()] += x.amount();
                }
            }
        }
        int[] want = new int[n];
        for (int a = 0; a < n; a++) {
            want[a] = (int) (ledger.balances().get(a) + in[a] - out[a]);
        }
        String expected = AUDIT + list(want) + " (opening balances, plus accepted transfers in, minus out)";
        for (int a = 0; a < n; a++) {
            if (o.audited()[a] < 0) {
                return Optional.of(new Violation(expected, actual, String.format(
                        "account %d ends at %d: it was overdrawn. A transfer must check and move the money in one "
                                + "atomic step, or two transfers can both see enough money and both take it",
                        a, o.audited()[a])));
            }
        }
        for (int a = 0; a < n; a++) {
            if (o.audited()[a] != want[a]) {
                long before = ledger.balances().stream().mapToLong(Integer::longValue).sum();
                long after = 0;
                for (int b : o.audited()) {
                    after += b;
                }
                return Optional.of(new Violation(expected, actual, String.format(
                        "account %d ends with %d, but it opened with %d and the accepted transfers moved %d in and "
                                + "%d out, which leaves %d: money was %s (the bank held %d in all, now %d)",
                        a, o.audited()[a], ledger.balances().get(a), in[a], out[a], want[a],
                        o.audited()[a] < want[a] ? "lost" : "created", before, after)));
            }
        }
        return Optional.empty();
    }

    /** {@code results = [[true,false],[true]], balances = [3,2]}. */
    static String output(Outcome o) {
        StringBuilder sb = new StringBuilder("results = [");
        for (int t = 0; t < o.results().size(); t++) {
            sb.append(t == 0 ? "[" : ",[");
            List<Boolean> r = o.results().get(t);
            for (int i = 0; i < r.size(); i++) {
                sb.append(i == 0 ? "" : ",").append(r.get(i));
            }
            sb.append(']');
        }
        sb.append("], balances = ");
        return sb.append(o.audited() == null ? "(never read)" : list(o.audited())).toString();
    }

    /** The output of a finished or unfinished round, or its raw record if it ran a callback where it must not. */
    static String output(Ledger ledger, EventLog log) {
        Object read = read(ledger, log);
        return read instanceof Outcome o ? output(o) : log.joined().strip();
    }

    static String list(int[] values) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ",").append(values[i]);
        }
        return sb.append(']').toString();
    }

    private static int[] parse(String list) {
        String inner = list.strip();
        inner = inner.substring(1, inner.length() - 1);
        if (inner.isBlank()) {
            return new int[0];
        }
        String[] parts = inner.split(",");
        int[] values = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Integer.parseInt(parts[i].strip());
        }
        return values;
    }
}
